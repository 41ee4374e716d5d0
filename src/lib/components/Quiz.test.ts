import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { memoryProgress } from '../progress/memory';
import { newRecord } from '../quiz/record';
import type { Quiz as QuizData } from '../quiz/schema';
import Quiz from './Quiz.svelte';

const base = { paragraph: 'para-1', explanation: 'The reading says so.', level: 'recall' as const };
const quiz: QuizData = {
	passMark: 70,
	questions: [
		{ ...base, id: 'tf', kind: 'true-false', prompt: 'The sky is green.', answer: false },
		{
			...base,
			id: 'pick',
			kind: 'single',
			prompt: 'Which is a fruit?',
			options: [
				{ id: 'a', text: 'Apple' },
				{ id: 'b', text: 'Brick' },
				{ id: 'c', text: 'Cloud' }
			],
			answer: 'a'
		},
		{
			...base,
			id: 'word',
			kind: 'text',
			prompt: 'Name the state.',
			answers: ['Sinaloa'],
			explanation: 'It is Sinaloa.'
		}
	]
};

const group = (name: string) => screen.getByRole('group', { name });
const question = (prompt: string) => group(prompt).closest('form') as HTMLElement;

function setup(props: Record<string, unknown> = {}) {
	const store = memoryProgress();
	const user = userEvent.setup();
	const onanswer = vi.fn();
	const oncomplete = vi.fn();
	const view = render(Quiz, { slug: 'demo', quiz, store, shuffle: false, onanswer, oncomplete, ...props });
	return { store, user, onanswer, oncomplete, view };
}

async function answerAllRight(user: ReturnType<typeof userEvent.setup>) {
	await user.click(screen.getByRole('radio', { name: 'False' }));
	await user.click(screen.getByRole('radio', { name: 'Apple' }));
	await user.type(within(group('Name the state.')).getByRole('textbox'), 'sinaloa');
}

describe('Quiz in practice mode', () => {
	it('checks one answer: feedback, explanation, reread link, announcement; try again unlocks', async () => {
		const { user, onanswer, store } = setup({ paragraphHref: (id: string) => `/lessons/demo#${id}` });
		expect(screen.getByText('0 of 3 answered')).toBeInTheDocument();
		await user.click(screen.getByRole('radio', { name: 'True' }));
		expect(screen.getByText('1 of 3 answered')).toBeInTheDocument();
		const q = question('The sky is green.');
		await user.click(within(q).getByRole('button', { name: 'Check answer' }));

		expect(within(q).getByText('Not quite.')).toBeInTheDocument();
		expect(within(q).getByText('The reading says so.')).toBeInTheDocument();
		expect(within(q).getByRole('link', { name: 'Reread the paragraph' })).toHaveAttribute(
			'href',
			'/lessons/demo#para-1'
		);
		expect(screen.getByRole('status')).toHaveTextContent('Not quite. 0 of 1 point');
		expect(within(q).getByRole('radio', { name: /True/ })).toBeDisabled();
		expect(within(q).getByRole('radio', { name: /False/ })).toHaveAccessibleName('False (right answer)');
		expect(onanswer).toHaveBeenCalledWith({ questionId: 'tf', correct: false, earned: 0, max: 1 });
		expect(store.get('demo')?.attempt.checked).toEqual(['tf']);

		const again = within(q).getByRole('button', { name: 'Try again' });
		expect(again).toHaveFocus();
		await user.click(again);
		expect(within(q).queryByText('Not quite.')).not.toBeInTheDocument();
		await user.click(within(q).getByRole('radio', { name: 'False' }));
		await user.click(within(q).getByRole('button', { name: 'Check answer' }));
		expect(within(q).getByText('Correct.')).toBeInTheDocument();
		expect(onanswer).toHaveBeenLastCalledWith({ questionId: 'tf', correct: true, earned: 1, max: 1 });
	});

	it('asks for an answer before checking an unanswered question', async () => {
		const { user, onanswer } = setup();
		await user.click(within(question('Which is a fruit?')).getByRole('button', { name: 'Check answer' }));
		expect(screen.getByRole('status')).toHaveTextContent('Answer the question first');
		const q = question('Which is a fruit?');
		expect(within(q).getByText(/Answer the question first/)).toBeVisible();
		expect(onanswer).not.toHaveBeenCalled();
		await user.click(within(q).getByRole('radio', { name: 'Apple' }));
		expect(within(q).queryByText(/Answer the question first/)).not.toBeInTheDocument();
	});

	it('checks a text answer with Enter', async () => {
		const { user } = setup();
		const q = question('Name the state.');
		await user.type(within(q).getByRole('textbox'), '  SINALOA.{Enter}');
		expect(within(q).getByText('Correct.')).toBeInTheDocument();
	});

	it('finishes when every question is checked: results panel focused, oncomplete, best saved', async () => {
		const { user, oncomplete, store } = setup();
		await answerAllRight(user);
		for (const prompt of ['The sky is green.', 'Which is a fruit?', 'Name the state.'])
			await user.click(within(question(prompt)).getByRole('button', { name: 'Check answer' }));
		const results = screen.getByRole('region', { name: 'Your result' });
		expect(results).toHaveFocus();
		expect(results).toHaveTextContent('You scored 3 out of 3 (100%).');
		expect(results).toHaveTextContent('Passed.');
		expect(
			within(results).queryByRole('button', { name: 'Retry the ones I missed' })
		).not.toBeInTheDocument();
		expect(oncomplete).toHaveBeenCalledTimes(1);
		expect(oncomplete.mock.calls[0]![0]).toMatchObject({
			earned: 3,
			max: 3,
			percent: 100,
			passed: true,
			passMark: 70
		});
		expect(oncomplete.mock.calls[0]![0].questions).toHaveLength(3);
		expect(store.get('demo')).toMatchObject({
			finished: 1,
			best: { percent: 100 },
			attempt: { submitted: true }
		});
		expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
	});
});

describe('Quiz in test mode', () => {
	it('gives no feedback until submitted, then reviews every question and shows the result', async () => {
		const { user, onanswer, oncomplete } = setup({ mode: 'test', passMark: 80 });
		expect(screen.queryByRole('button', { name: 'Check answer' })).not.toBeInTheDocument();
		await user.click(screen.getByRole('radio', { name: 'False' }));
		await user.click(screen.getByRole('radio', { name: 'Brick' }));
		expect(screen.queryByText('Correct.')).not.toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Submit answers' }));

		const pick = question('Which is a fruit?');
		expect(within(pick).getByText('Not quite.')).toBeInTheDocument();
		expect(within(pick).getByText('Your answer:').parentElement).toHaveTextContent('Your answer: Brick');
		// The key is marked on the choices themselves, and not said a second time.
		expect(within(pick).getByRole('radio', { name: 'Apple (right answer)' })).toBeDisabled();
		expect(within(pick).queryByText('Right answer:')).not.toBeInTheDocument();
		// A typed answer has nothing to mark: the feedback says the key.
		expect(within(question('Name the state.')).getByText('Right answer:').parentElement).toHaveTextContent(
			'Right answer: Sinaloa'
		);
		expect(within(question('The sky is green.')).getByText('Correct.')).toBeInTheDocument();
		expect(within(question('Name the state.')).getByText('Your answer:').parentElement).toHaveTextContent(
			'no answer'
		);
		for (const r of screen.getAllByRole('radio')) expect(r).toBeDisabled();

		const results = screen.getByRole('region', { name: 'Your result' });
		expect(results).toHaveFocus();
		expect(results).toHaveTextContent('You scored 1 out of 3 (33%).');
		expect(results).toHaveTextContent('Not yet passed: the pass mark is 80%.');
		expect(onanswer).toHaveBeenCalledTimes(3);
		expect(oncomplete).toHaveBeenCalledWith(
			expect.objectContaining({ earned: 1, max: 3, percent: 33, passed: false, passMark: 80 })
		);
		expect(screen.queryByRole('button', { name: 'Submit answers' })).not.toBeInTheDocument();
	});

	it('retries only the missed questions, keeps the right answers and the best', async () => {
		const { user, store, oncomplete } = setup({ mode: 'test' });
		await user.click(screen.getByRole('radio', { name: 'False' }));
		await user.click(screen.getByRole('radio', { name: 'Brick' }));
		await user.click(screen.getByRole('button', { name: 'Submit answers' }));
		await user.click(screen.getByRole('button', { name: 'Retry the ones I missed' }));

		expect(screen.queryByRole('group', { name: 'The sky is green.' })).not.toBeInTheDocument();
		expect(screen.getByText('Question 1 of 2')).toBeInTheDocument();
		expect(screen.getByText('0 of 2 answered')).toBeInTheDocument();
		expect(store.get('demo')).toMatchObject({
			finished: 1,
			best: { percent: 33 },
			attempt: { only: ['pick', 'word'] }
		});

		await user.click(screen.getByRole('radio', { name: 'Apple' }));
		await user.type(within(group('Name the state.')).getByRole('textbox'), 'Sinaloa');
		await user.click(screen.getByRole('button', { name: 'Submit answers' }));
		expect(screen.getByRole('region', { name: 'Your result' })).toHaveTextContent(
			'You scored 3 out of 3 (100%).'
		);
		expect(oncomplete).toHaveBeenLastCalledWith(expect.objectContaining({ percent: 100, passed: true }));
		expect(store.get('demo')).toMatchObject({ finished: 2, best: { percent: 100 } });
	});

	it('starts over with every question and nothing answered, keeping the best', async () => {
		const { user, store } = setup({ mode: 'test' });
		await answerAllRight(user);
		await user.click(screen.getByRole('button', { name: 'Submit answers' }));
		await user.click(screen.getByRole('button', { name: 'Start over' }));
		expect(screen.queryByRole('region', { name: 'Your result' })).not.toBeInTheDocument();
		expect(screen.getByText('0 of 3 answered')).toBeInTheDocument();
		for (const r of screen.getAllByRole('radio')) expect(r).not.toBeChecked();
		expect(screen.getByRole('heading', { name: 'Check your understanding' })).toHaveFocus();
		expect(store.get('demo')).toMatchObject({
			finished: 1,
			best: { percent: 100 },
			attempt: { submitted: false }
		});
	});
});

describe('Quiz progress', () => {
	it('saves every change at once under the progress key', async () => {
		const { user, store } = setup({ progressKey: 'assignment-1' });
		await user.click(screen.getByRole('radio', { name: 'Apple' }));
		expect(store.get('assignment-1')?.attempt.responses).toEqual({ pick: { kind: 'single', choice: 'a' } });
		expect(store.get('demo')).toBeUndefined();
		await user.type(within(group('Name the state.')).getByRole('textbox'), 'Si');
		expect(store.get('assignment-1')?.attempt.responses.word).toEqual({ kind: 'text', value: 'Si' });
	});

	it('restores saved answers and checks after mount', () => {
		const store = memoryProgress();
		const record = newRecord(5);
		record.attempt.responses = {
			pick: { kind: 'single', choice: 'c' },
			word: { kind: 'text', value: 'Durango' }
		};
		record.attempt.checked = ['pick'];
		store.put('demo', record);
		render(Quiz, { slug: 'demo', quiz, store, shuffle: false });
		expect(screen.getByRole('radio', { name: /Cloud/ })).toBeChecked();
		expect(within(question('Which is a fruit?')).getByText('Not quite.')).toBeInTheDocument();
		expect(within(group('Name the state.')).getByRole('textbox')).toHaveValue('Durango');
		expect(screen.getByText('2 of 3 answered')).toBeInTheDocument();
	});

	it('follows changes made elsewhere (another tab)', async () => {
		const { store } = setup();
		const record = newRecord(5);
		record.attempt.responses = { tf: { kind: 'true-false', value: true } };
		store.put('demo', record);
		await Promise.resolve();
		expect(await screen.findByText('1 of 3 answered')).toBeInTheDocument();
		expect(screen.getByRole('radio', { name: 'True' })).toBeChecked();
		store.remove('demo');
		expect(await screen.findByText('0 of 3 answered')).toBeInTheDocument();
	});

	it('keeps a seeded order across remounts, and a new seed may change it', () => {
		const long: QuizData = {
			passMark: 70,
			questions: Array.from({ length: 6 }, (_, i) => ({
				...base,
				id: `q${i}`,
				kind: 'single' as const,
				prompt: `Question ${i}?`,
				options: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: `${id}${i}` })),
				answer: 'a'
			}))
		};
		const store = memoryProgress();
		store.put('demo', newRecord(1234));
		const seen = () => ({
			prompts: screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent),
			options: screen
				.getAllByRole('radio')
				.map((r) => (r as HTMLInputElement).value)
				.join('')
		});
		const first = render(Quiz, { slug: 'demo', quiz: long, store });
		const before = seen();
		first.unmount();
		const second = render(Quiz, { slug: 'demo', quiz: long, store });
		expect(seen()).toEqual(before);
		second.unmount();
		expect(before.prompts).not.toEqual(long.questions.map((q) => q.prompt));

		store.put('demo', newRecord(99));
		render(Quiz, { slug: 'demo', quiz: long, store });
		expect(seen()).not.toEqual(before);
	});

	it('drops the "needs JavaScript" note and shows its controls once running', () => {
		setup();
		expect(screen.queryByText(/Scoring needs JavaScript/)).not.toBeInTheDocument();
		expect(screen.getAllByRole('button', { name: 'Check answer' })).toHaveLength(3);
	});

	it('says progress will not be kept when the store is not persistent, and not otherwise', () => {
		const { view } = setup();
		expect(screen.getByText(/will not be kept on this device/)).toBeInTheDocument();
		view.unmount();
		render(Quiz, { slug: 'demo', quiz, store: memoryProgress(null, true) });
		expect(screen.queryByText(/will not be kept on this device/)).not.toBeInTheDocument();
	});

	it('leaves the storage note to the page when asked (site pages show a banner instead)', () => {
		render(Quiz, { slug: 'demo', quiz, store: memoryProgress(null, false), storageNote: false });
		expect(screen.getAllByRole('button', { name: 'Check answer' }).length).toBeGreaterThan(0);
		expect(screen.queryByText(/will not be kept on this device/)).not.toBeInTheDocument();
	});
});
