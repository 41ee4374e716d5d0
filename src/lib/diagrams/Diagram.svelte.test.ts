import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Diagram from './Diagram.svelte';
import LessonDiagram from './LessonDiagram.svelte';
import type { Timeline } from './types';

const timeline: Timeline = {
	id: 'steps',
	kind: 'timeline',
	title: 'What happened, in order',
	note: 'A plan is not a deed.',
	events: [
		{ when: 'Monday', what: 'An order is given', tag: 'reported', style: 'reported' },
		{ when: 'Friday', what: 'The plans are due', tag: 'a deadline', style: 'plan' }
	]
};

describe('Diagram', () => {
	it('is a figure named by its title, with the note in its caption', () => {
		render(Diagram, { diagram: timeline });
		const figure = screen.getByRole('figure', { name: 'What happened, in order' });
		expect(figure.querySelector('figcaption')).toHaveTextContent(
			'What happened, in order A plan is not a deed.'
		);
	});

	it('hides both drawings from screen readers and gives them the same content as a list', () => {
		render(Diagram, { diagram: timeline });
		const figure = screen.getByRole('figure', { name: 'What happened, in order' });
		const svgs = figure.querySelectorAll('svg');
		expect(svgs).toHaveLength(2);
		for (const svg of svgs) expect(svg).toHaveAttribute('aria-hidden', 'true');
		const items = within(figure).getAllByRole('listitem');
		expect(items.map((li) => li.textContent?.trim())).toEqual([
			'Monday: An order is given (reported)',
			'Friday: The plans are due (a deadline)'
		]);
	});

	it('draws with the styles as classes, never with fixed colours', () => {
		const { container } = render(Diagram, { diagram: timeline });
		expect(container.querySelectorAll('g.card.reported')).toHaveLength(2);
		expect(container.querySelectorAll('g.card.plan')).toHaveLength(2);
		expect(container.innerHTML).not.toMatch(/fill="#|stroke="#|style="[^"]*(fill|stroke|color)/);
	});
});

describe('LessonDiagram', () => {
	it('says what is missing when the page did not hand it the diagrams', () => {
		expect(() => render(LessonDiagram, { id: 'steps' })).toThrow(
			/Diagram "steps" is not available: call setDiagrams\(\)/
		);
	});
});
