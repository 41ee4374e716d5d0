// The item analysis as the teacher reads it: the key marked in words (not only by the bar's
// colour), the wrong answer most chosen named with the lesson's explanation, the facilities, and
// the questions reordered by the sort.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { t } from '$lib/i18n';
import type { LessonInfo } from '$lib/teach/checks';
import { itemAnalysis, keyId, withKeys, type Sheet } from '$lib/teach/items';
import ItemAnalysis from './ItemAnalysis.svelte';

const m = t.teach.results;
const lesson: LessonInfo = {
	slug: 'a',
	title: 'Lesson A',
	questions: [
		{
			id: 'easy',
			prompt: 'Easy one?',
			kind: 'single',
			max: 1,
			options: [
				{ id: 'x', text: 'Ex' },
				{ id: 'y', text: 'Why' }
			]
		},
		{
			id: 'hard',
			prompt: 'Hard one?',
			kind: 'single',
			max: 1,
			options: [
				{ id: 'p', text: 'Pea' },
				{ id: 'q', text: 'Queue' },
				{ id: 'r', text: 'Are' }
			]
		}
	]
};
const pick = (id: string, earned: number, choice: string, firstTry: number | null = null) => ({
	id,
	earned,
	max: 1,
	firstTry,
	pick: choice
});
const sheets: Sheet[] = [
	{ slug: 'a', items: [pick('easy', 1, 'x', 1), pick('hard', 0, 'q', 0)] },
	{ slug: 'a', items: [pick('easy', 1, 'x', 0), pick('hard', 0, 'q', 0)] },
	{ slug: 'a', items: [pick('easy', 0, 'y', 0), pick('hard', 1, 'p', 1)] }
];
const keys = new Map([
	[keyId('a', 'easy'), { keyed: ['x'], why: 'Ex is what the reading says.' }],
	[
		keyId('a', 'hard'),
		{ keyed: ['p'], why: 'Pea, because the report says so.', ideas: { q: 'Takes a plan for a strike' } }
	]
]);
const lessons = withKeys(itemAnalysis(sheets, new Map([['a', lesson]])), keys);

const card = (prompt: string) => screen.getByRole('heading', { name: new RegExp(prompt) }).closest('li')!;

describe('item analysis', () => {
	it('marks the key in words and names the wrong answer most chosen, with its idea and the explanation', () => {
		render(ItemAnalysis, { lessons });
		const hard = within(card('Hard one'));
		const keyed = hard.getByText(`${m.key}:`).closest('li')!;
		expect(keyed).toHaveTextContent(m.choiceCell('Pea', 1));
		// Only the key is marked.
		expect(hard.getAllByText(`${m.key}:`)).toHaveLength(1);
		expect(hard.getByText(m.wrongMost)).toBeInTheDocument();
		expect(hard.getByText(m.wrongCell('Queue', 2, 67))).toBeInTheDocument();
		expect(hard.getByText('Takes a plan for a strike')).toBeInTheDocument();
		expect(hard.getByText('Pea, because the report says so.')).toBeInTheDocument();
		expect(hard.getByText(m.facilityCell(33))).toBeInTheDocument();
		expect(hard.getByText(m.firstTryFacilityCell(33, 3))).toBeInTheDocument();
		// A wrong answer with no idea in the notes: named, with the explanation, no idea line.
		const easy = within(card('Easy one'));
		expect(easy.getByText(m.wrongCell('Why', 1, 33))).toBeInTheDocument();
		expect(easy.queryByText(m.idea)).toBeNull();
	});

	it('reorders the questions: the hardest first, or the most chosen wrong answer first', async () => {
		const user = userEvent.setup();
		render(ItemAnalysis, { lessons });
		const prompts = () => screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
		expect(prompts()).toEqual(['1. Easy one?', '2. Hard one?']);
		await user.selectOptions(screen.getByLabelText(m.sortBy), m.orders.facility);
		expect(prompts()).toEqual(['2. Hard one?', '1. Easy one?']);
		await user.selectOptions(screen.getByLabelText(m.sortBy), m.orders.wrong);
		expect(prompts()).toEqual(['2. Hard one?', '1. Easy one?']);
		await user.selectOptions(screen.getByLabelText(m.sortBy), m.orders.order);
		expect(prompts()).toEqual(['1. Easy one?', '2. Hard one?']);
	});
});
