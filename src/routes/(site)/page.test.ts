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
const data = { lessons: [lesson('one', 'Lesson one'), lesson('two', 'Lesson two')] };
const item = (title: string) => screen.getByRole('link', { name: title }).closest('li')!;

describe('course page progress', () => {
	it('shows each lesson’s status and best score, and follows changes', () => {
		render(Page, { data });
		expect(within(item('Lesson one')).getByText(t.progress.status.notStarted)).toBeInTheDocument();
		expect(screen.getByRole('link', { name: t.progress.start })).toHaveAttribute('href', '/lessons/one');

		const store = getProgress();
		const r = newRecord(1);
		flushSync(() =>
			store.put('two', {
				...r,
				attempt: { ...r.attempt, responses: { q2: { kind: 'single', choice: 'a' } } }
			})
		);
		expect(item('Lesson two')).toHaveTextContent(t.progress.status.inProgress(1, 2));
		expect(screen.getByRole('link', { name: t.progress.continue })).toHaveAttribute('href', '/lessons/two');

		const best = { earned: 2, max: 2, percent: 100, passed: true };
		flushSync(() => store.put('one', { attempt: { ...r.attempt, submitted: true }, best, finished: 1 }));
		expect(item('Lesson one')).toHaveTextContent(t.progress.status.finished);
		expect(item('Lesson one')).toHaveTextContent(t.progress.status.best(100, true));
		expect(screen.getByRole('link', { name: t.progress.continue })).toHaveAttribute('href', '/lessons/one');
	});
});
