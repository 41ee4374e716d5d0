// The course page's progress: status per lesson, best score and "continue where you left off".
import { render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { t } from '$lib/i18n';
import { getProgress } from '$lib/progress';
import { newRecord } from '$lib/quiz/record';
import Page from './+page.svelte';

const lesson = (slug: string, title: string) => ({
	slug,
	title,
	order: 10,
	summary: `About ${title}.`,
	objectives: [],
	terms: [],
	words: 300,
	minutes: 2,
	questionCount: 2,
	questionKinds: ['single'],
	questions: [
		{ id: 'q1', kind: 'single' as const },
		{ id: 'q2', kind: 'single' as const }
	]
});
const data = { lang: 'en' as const, lessons: [lesson('one', 'Lesson one'), lesson('two', 'Lesson two')] };
const item = (title: string) => screen.getByRole('link', { name: title }).closest('li')!;

describe('course page progress', () => {
	it('shows each lesson’s status, first try and best, the course progress, and where to continue', () => {
		render(Page, { data });
		expect(within(item('Lesson one')).getByText(t.progress.status.notStarted)).toBeInTheDocument();
		expect(screen.getByRole('link', { name: t.progress.start('Lesson one') })).toHaveAttribute(
			'href',
			'/lessons/one'
		);
		expect(screen.getByText(t.progress.course(0, 2))).toBeInTheDocument();

		const store = getProgress();
		const r = newRecord('practice', 1);
		flushSync(() =>
			store.put('two', {
				...r,
				attempt: { ...r.attempt, responses: { q2: { kind: 'single', choice: 'a' } } }
			})
		);
		expect(item('Lesson two')).toHaveTextContent(t.progress.status.inProgress(1, 2));
		// Continue goes to the first lesson not finished, in course order.
		expect(screen.getByRole('link', { name: t.progress.continue('Lesson one') })).toHaveAttribute(
			'href',
			'/lessons/one'
		);

		const finished = {
			number: 1,
			mode: 'practice' as const,
			earned: 2,
			max: 2,
			percent: 100,
			passed: true,
			right: 2,
			questions: 2,
			firstTry: { earned: 1, right: 1 },
			finishedAt: 5
		};
		flushSync(() => store.put('one', { attempt: { ...r.attempt, submitted: true }, history: [finished] }));
		expect(item('Lesson one')).toHaveTextContent(t.progress.status.finished);
		// The first try (50%) beside the final score, labelled: not a "best score: 100%" alone.
		expect(item('Lesson one')).toHaveTextContent(t.progress.status.scores(50, 100, true));
		expect(screen.getByText(t.progress.course(1, 2))).toBeInTheDocument();
		expect(screen.getByRole('link', { name: t.progress.continue('Lesson two') })).toHaveAttribute(
			'href',
			'/lessons/two'
		);
	});
});
