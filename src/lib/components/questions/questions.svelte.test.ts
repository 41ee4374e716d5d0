import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { TEXT_MAX } from '../../quiz/kinds/text';
import userEvent from '@testing-library/user-event';
import type { QuestionOf, Response } from '../../quiz/schema';
import Harness from './Harness.svelte';
import Feedback from './Feedback.svelte';
import Question from './Question.svelte';
import { displayOrder } from '../../quiz/display';
import { setLanguage } from '../../i18n';
import { prepare } from '../quiz/deferred.svelte';

const base = { prompt: 'Pick one?', paragraph: 'p', explanation: 'Because.', level: 'recall' as const };
// The answer marks arrive on demand with the feedback (a page fetches them as the learner moves
// into the quiz); here they are fetched once, up front.
beforeAll(async () => {
	await prepare();
});

const last = (fn: ReturnType<typeof vi.fn>) => fn.mock.calls.at(-1)?.[0] as Response | null;

describe('SingleQuestion', () => {
	const q: QuestionOf<'single'> = {
		...base,
		id: 's',
		kind: 'single',
		options: [
			{ id: 'a', text: 'Alpha' },
			{ id: 'b', text: 'Beta' },
			{ id: 'c', text: 'Gamma' }
		],
		answer: 'b'
	};
	it('is a group named by the prompt, answered with arrow keys, in the display order', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		render(Harness, { question: q, onchange, order: { choices: ['c', 'a', 'b'], passages: [] } });
		const group = screen.getByRole('group', { name: 'Pick one?' });
		const radios = within(group).getAllByRole('radio');
		expect(radios.map((r) => r.closest('label')?.textContent?.trim())).toEqual(['Gamma', 'Alpha', 'Beta']);
		await user.tab();
		expect(radios[0]).toHaveFocus();
		await user.keyboard(' ');
		expect(last(onchange)).toEqual({ kind: 'single', choice: 'c' });
		await user.keyboard('{ArrowDown}');
		expect(last(onchange)).toEqual({ kind: 'single', choice: 'a' });
	});
	it('shows the saved choice, locks, and marks the right and wrong picks', () => {
		render(Harness, { question: q, response: { kind: 'single', choice: 'a' }, disabled: true, reveal: true });
		expect(screen.getByRole('radio', { name: /Alpha/ })).toBeChecked();
		for (const r of screen.getAllByRole('radio')) expect(r).toBeDisabled();
		expect(screen.getByRole('radio', { name: /Beta/ })).toHaveAccessibleName('Beta (right answer)');
		expect(screen.getByRole('radio', { name: /Alpha/ })).toHaveAccessibleName(
			'Alpha (your choice, not right)'
		);
	});
	it('ignores a response of another kind', () => {
		render(Harness, { question: q, response: { kind: 'true-false', value: true } });
		for (const r of screen.getAllByRole('radio')) expect(r).not.toBeChecked();
	});
});

describe('MultipleQuestion', () => {
	const q: QuestionOf<'multiple'> = {
		...base,
		prompt: 'Pick some?',
		id: 'm',
		kind: 'multiple',
		options: [
			{ id: 'a', text: 'Alpha' },
			{ id: 'b', text: 'Beta' },
			{ id: 'c', text: 'Gamma' }
		],
		answer: ['a', 'c']
	};
	it('ticks and unticks with Space, keeping display order, and clears to null', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		render(Harness, { question: q, onchange });
		expect(screen.getByRole('group', { name: 'Pick some?' })).toHaveAccessibleDescription(
			'Choose every answer that applies.'
		);
		await user.tab();
		await user.keyboard(' ');
		await user.tab();
		await user.tab();
		await user.keyboard(' ');
		expect(last(onchange)).toEqual({ kind: 'multiple', choices: ['a', 'c'] });
		await user.keyboard(' ');
		await user.tab({ shift: true });
		await user.tab({ shift: true });
		await user.keyboard(' ');
		expect(last(onchange)).toBeNull();
	});
});

describe('TrueFalseQuestion', () => {
	it('offers True and False', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		const q: QuestionOf<'true-false'> = {
			...base,
			prompt: 'Is it?',
			id: 't',
			kind: 'true-false',
			answer: false
		};
		render(Harness, { question: q, onchange });
		await user.click(screen.getByRole('radio', { name: 'False' }));
		expect(last(onchange)).toEqual({ kind: 'true-false', value: false });
		expect(screen.getByRole('radio', { name: 'False' })).toBeChecked();
	});
});

describe('OrderQuestion', () => {
	const q: QuestionOf<'order'> = {
		...base,
		prompt: 'Put in order',
		id: 'o',
		kind: 'order',
		items: [
			{ id: 'a', text: 'First' },
			{ id: 'b', text: 'Second' },
			{ id: 'c', text: 'Third' }
		]
	};
	const shown = () => screen.getAllByRole('listitem').map((li) => li.querySelector('.text')?.textContent);

	it('moves items with buttons by keyboard; focus stays on the moved item; the move is announced', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		render(Harness, { question: q, onchange, order: { choices: ['c', 'a', 'b'], passages: [] } });
		expect(shown()).toEqual(['Third', 'First', 'Second']);
		// First item's "up" is disabled: the first tab stop is "Move "Third" down".
		await user.tab();
		expect(screen.getByRole('button', { name: 'Move "Third" down' })).toHaveFocus();
		await user.keyboard('{Enter}');
		expect(shown()).toEqual(['First', 'Third', 'Second']);
		expect(screen.getByRole('button', { name: 'Move "Third" down' })).toHaveFocus();
		expect(screen.getByText('"Third" moved to position 2 of 3.')).toBeInTheDocument();
		await user.keyboard(' ');
		expect(shown()).toEqual(['First', 'Second', 'Third']);
		// At the bottom "down" is disabled: focus moves to the same item's "up".
		expect(screen.getByRole('button', { name: 'Move "Third" up' })).toHaveFocus();
		expect(last(onchange)).toEqual({ kind: 'order', order: ['a', 'b', 'c'] });
	});
	it('has no drag-only controls: every item has both move buttons, visible labels in the names', () => {
		render(Harness, { question: q });
		for (const item of q.items) {
			expect(screen.getByRole('button', { name: `Move "${item.text}" up` })).toHaveTextContent('Up');
			expect(screen.getByRole('button', { name: `Move "${item.text}" down` })).toHaveTextContent('Down');
		}
	});
	it('shows the saved order and, when revealed, where misplaced items belong', () => {
		render(Harness, {
			question: q,
			response: { kind: 'order', order: ['b', 'a', 'c'] },
			disabled: true,
			reveal: true
		});
		expect(shown()).toEqual(['Second', 'First', 'Third']);
		expect(screen.getByText('(belongs at 2)')).toBeInTheDocument();
		expect(screen.getByText('(belongs at 1)')).toBeInTheDocument();
		for (const b of screen.getAllByRole('button')) expect(b).toBeDisabled();
	});
});

describe('MatchQuestion', () => {
	const q: QuestionOf<'match'> = {
		...base,
		prompt: 'Match them',
		id: 'x',
		kind: 'match',
		pairs: [
			{ id: 'a', left: 'Cat', right: 'Meow' },
			{ id: 'b', left: 'Dog', right: 'Woof' },
			{ id: 'c', left: 'Cow', right: 'Moo' }
		]
	};
	it('has a labelled select per left term listing the rights in display order, answered by keyboard', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		render(Harness, { question: q, onchange, order: { choices: ['c', 'a', 'b'], passages: [] } });
		const cat = screen.getByRole('combobox', { name: 'Cat' });
		expect(
			within(cat)
				.getAllByRole('option')
				.map((o) => o.textContent)
		).toEqual(['Choose…', 'Moo', 'Meow', 'Woof']);
		await user.tab();
		expect(cat).toHaveFocus();
		await user.selectOptions(cat, 'Meow');
		await user.tab();
		await user.selectOptions(screen.getByRole('combobox', { name: 'Dog' }), 'Woof');
		expect(last(onchange)).toEqual({ kind: 'match', pairs: { a: 'a', b: 'b' } });
		await user.selectOptions(cat, 'Choose…');
		expect(last(onchange)).toEqual({ kind: 'match', pairs: { b: 'b' } });
	});
	it('shows the response it is given, also after the learner has used the select (start over, another tab)', async () => {
		const user = userEvent.setup();
		const props = { question: q, order: displayOrder(q, null), name: 't-x', onchange: vi.fn() };
		const view = render(Question, { ...props, response: { kind: 'match', pairs: { a: 'c' } } });
		const cat = () => screen.getByRole('combobox', { name: 'Cat' });
		expect(cat()).toHaveValue('c');
		// Each option picked once by hand, then set from outside.
		await user.selectOptions(cat(), 'Meow');
		await user.selectOptions(cat(), 'Woof');
		await view.rerender({ ...props, response: { kind: 'match', pairs: { a: 'a' } } });
		expect(cat()).toHaveValue('a');
		await view.rerender({ ...props, response: undefined });
		expect(cat()).toHaveValue('');
		await view.rerender({ ...props, response: { kind: 'match', pairs: { a: 'b' } } });
		expect(cat()).toHaveValue('b');
	});
	it('reveals the right match for a wrong pair', () => {
		render(Harness, {
			question: q,
			response: { kind: 'match', pairs: { a: 'b', b: 'b' } },
			reveal: true,
			disabled: true
		});
		expect(screen.getByRole('combobox', { name: 'Cat' })).toHaveValue('b');
		expect(screen.getByRole('combobox', { name: 'Cat' })).toHaveAccessibleDescription('Right answer: Meow');
		expect(screen.getByRole('combobox', { name: 'Dog' })).toHaveAccessibleDescription('(right answer)');
		expect(screen.getAllByText('(right answer)')).toHaveLength(1);
	});
});

describe('NumericQuestion', () => {
	const q: QuestionOf<'numeric'> = {
		...base,
		prompt: 'How many?',
		id: 'n',
		kind: 'numeric',
		answer: 225000,
		tolerance: 0,
		unit: 'people'
	};
	it('is a decimal text field with the unit shown, reading "225,000" and "225000"', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		render(Harness, { question: q, onchange });
		const input = screen.getByRole('textbox', { name: 'Your answer' });
		expect(input).toHaveAttribute('inputmode', 'decimal');
		expect(input).toHaveAttribute('type', 'text');
		expect(input).toHaveAccessibleDescription(/people/);
		expect(screen.getByText('people')).toBeVisible();
		await user.type(input, '225,000');
		expect(last(onchange)).toEqual({ kind: 'numeric', value: 225000 });
		expect(input).toHaveValue('225,000');
		await user.clear(input);
		expect(last(onchange)).toBeNull();
		await user.type(input, '225000');
		expect(last(onchange)).toEqual({ kind: 'numeric', value: 225000 });
	});
	it('says when the text is not a number, and shows a saved number', async () => {
		const user = userEvent.setup();
		render(Harness, { question: q, response: { kind: 'numeric', value: 1500 } });
		const input = screen.getByRole('textbox', { name: 'Your answer' });
		expect(input).toHaveValue('1,500');
		await user.type(input, 'x');
		expect(input).toHaveAttribute('aria-invalid', 'true');
		expect(input).toHaveAccessibleDescription(/not a number/);
	});
	it('on a Spanish page reads "225.000" and "2,5" as a Spanish reader writes them', async () => {
		setLanguage('es');
		try {
			const user = userEvent.setup();
			const onchange = vi.fn();
			render(Harness, { question: q, onchange, response: { kind: 'numeric', value: 1500 } });
			const input = screen.getByRole('textbox');
			expect(input).toHaveValue('1500');
			await user.clear(input);
			await user.type(input, '225.000');
			expect(last(onchange)).toEqual({ kind: 'numeric', value: 225000 });
			await user.clear(input);
			await user.type(input, '2,5');
			expect(last(onchange)).toEqual({ kind: 'numeric', value: 2.5 });
		} finally {
			setLanguage('en');
		}
	});
});

describe('NumericQuestion: a number that reads two ways', () => {
	const q: QuestionOf<'numeric'> = {
		...base,
		prompt: 'How many deaths?',
		id: 'n2',
		kind: 'numeric',
		answer: 225000,
		tolerance: 0,
		unit: 'deaths'
	};
	it('asks "Did you mean 225 or 225,000?", leaves the question unanswered, and takes the choice', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		render(Harness, { question: q, onchange });
		const input = screen.getByRole('textbox', { name: 'Your answer' });
		expect(screen.getByRole('status').textContent).toBe('');
		await user.type(input, '225.000');
		// Not an answer yet: nothing to check or score (the "225" typed on the way was one).
		expect(last(onchange)).toBeNull();
		expect(input).not.toHaveAttribute('aria-invalid', 'true');
		const status = screen.getByRole('status');
		expect(status).toHaveTextContent('Did you mean 225 or 225,000?');
		const buttons = within(status).getAllByRole('button');
		expect(buttons.map((b) => b.textContent)).toEqual(['225 deaths', '225,000 deaths']);
		await user.click(within(status).getByRole('button', { name: '225,000 deaths' }));
		expect(last(onchange)).toEqual({ kind: 'numeric', value: 225000 });
		expect(input).toHaveValue('225,000');
		expect(input).toHaveFocus();
		expect(screen.getByRole('status').textContent).toBe('');
	});
	it('takes the other reading too, and a retyped plain number', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		render(Harness, { question: q, onchange });
		const input = screen.getByRole('textbox');
		await user.type(input, '1.500');
		await user.click(screen.getByRole('button', { name: '1.5 deaths' }));
		expect(last(onchange)).toEqual({ kind: 'numeric', value: 1.5 });
		await user.clear(input);
		await user.type(input, 'more than 225k');
		expect(last(onchange)).toEqual({ kind: 'numeric', value: 225000 });
		expect(screen.getByRole('status').textContent).toBe('');
	});
	it('asks about "225,000" on a Spanish page, where "225.000" and "225 mil" are plain', async () => {
		setLanguage('es');
		try {
			const user = userEvent.setup();
			const onchange = vi.fn();
			render(Harness, { question: { ...q, unit: 'muertes' }, onchange });
			const input = screen.getByRole('textbox');
			await user.type(input, '225,000');
			expect(last(onchange)).toBeNull();
			expect(screen.getByRole('status')).toHaveTextContent('¿Quisiste decir 225 o 225 000?'); // the space is a no-break one
			await user.click(screen.getByRole('button', { name: /^225\s000 muertes$/ }));
			expect(last(onchange)).toEqual({ kind: 'numeric', value: 225000 });
			for (const typed of ['225.000', 'más de 225 mil']) {
				await user.clear(input);
				await user.type(input, typed);
				expect(last(onchange), typed).toEqual({ kind: 'numeric', value: 225000 });
				expect(screen.getByRole('status').textContent).toBe('');
			}
		} finally {
			setLanguage('en');
		}
	});
	it('gives no sample figure in its hint', () => {
		render(Harness, { question: q });
		expect(screen.getByRole('textbox')).toHaveAccessibleDescription(/^A number, in digits/);
		expect(screen.getByRole('textbox')).not.toHaveAccessibleDescription(/\d/);
	});
});

describe('TextQuestion', () => {
	it('is a labelled text field', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		const q: QuestionOf<'text'> = {
			...base,
			prompt: 'Which state?',
			id: 'w',
			kind: 'text',
			answers: ['Sinaloa']
		};
		render(Harness, { question: q, onchange, reveal: false });
		const group = screen.getByRole('group', { name: 'Which state?' });
		await user.type(within(group).getByRole('textbox', { name: 'Your answer' }), 'sinaloa');
		expect(last(onchange)).toEqual({ kind: 'text', value: 'sinaloa' });
	});

	it('takes at most TEXT_MAX characters, so an attempt fits an LMS', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		const q: QuestionOf<'text'> = {
			...base,
			prompt: 'Which state?',
			id: 'w',
			kind: 'text',
			answers: ['Sinaloa']
		};
		render(Harness, { question: q, onchange, reveal: false });
		const box = screen.getByRole('textbox', { name: 'Your answer' });
		expect(box).toHaveAttribute('maxlength', String(TEXT_MAX));
		await user.type(box, 'x'.repeat(TEXT_MAX + 5));
		expect(last(onchange)).toEqual({ kind: 'text', value: 'x'.repeat(TEXT_MAX) });
	});
});

describe('Feedback on a typed answer with a slip', () => {
	const q: QuestionOf<'text'> = {
		...base,
		prompt: '¿Qué comando?',
		id: 'cmd',
		kind: 'text',
		answers: ['Comando Norte', 'NORTHCOM'],
		mistakes: ['Comando Sur']
	};
	const feedback = (value: string) =>
		render(Feedback, {
			id: 'f',
			question: q,
			response: { kind: 'text', value },
			stage: 'review',
			paragraphHref: (id: string) => `#${id}`
		});
	it('says in Spanish that it is close enough, with the spelling, in the review', () => {
		setLanguage('es');
		try {
			feedback('comando nrote');
			expect(screen.getByText('Correcto.')).toBeInTheDocument();
			expect(screen.getByText('Se da por buena, aunque se escribe «Comando Norte».')).toBeInTheDocument();
		} finally {
			setLanguage('en');
		}
	});
	it('marks a listed mistake wrong, without a spelling note', () => {
		feedback('Comando Sur');
		expect(screen.getByText('Not quite.')).toBeInTheDocument();
		expect(screen.queryByText(/Close enough/)).not.toBeInTheDocument();
		expect(screen.getByText('Right answer:').parentElement).toHaveTextContent('Right answer: Comando Norte');
	});
});

describe('EvidenceQuestion', () => {
	const q: QuestionOf<'evidence'> = {
		...base,
		prompt: 'What happened?',
		id: 'e',
		kind: 'evidence',
		options: [
			{ id: 'a', text: 'A plan' },
			{ id: 'b', text: 'A strike' }
		],
		answer: 'a',
		evidencePrompt: 'Which passage shows it?',
		passages: [
			{ id: 'p1', text: 'They drew up plans.' },
			{ id: 'p2', text: 'Nothing was decided.' }
		],
		evidence: 'p1'
	};
	it('has part A and part B as their own groups, and keeps both parts in one response', async () => {
		const user = userEvent.setup();
		const onchange = vi.fn();
		render(Harness, { question: q, onchange });
		const outer = screen.getByRole('group', { name: 'What happened?' });
		const a = within(outer).getByRole('group', { name: 'Part A: your answer' });
		const b = within(outer).getByRole('group', { name: 'Part B: Which passage shows it?' });
		await user.click(within(a).getByRole('radio', { name: 'A plan' }));
		await user.click(within(b).getByRole('radio', { name: /They drew up plans/ }));
		expect(last(onchange)).toEqual({ kind: 'evidence', choice: 'a', evidence: 'p1' });
		await user.click(within(a).getByRole('radio', { name: 'A strike' }));
		expect(last(onchange)).toEqual({ kind: 'evidence', choice: 'b', evidence: 'p1' });
	});
});
