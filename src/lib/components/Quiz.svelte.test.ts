import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { memoryProgress } from '../progress/memory';
import { newRecord } from '../quiz/record';
import type { Quiz as QuizData } from '../quiz/schema';
import type { Settings } from '../quiz/session';
import Quiz from './Quiz.svelte';
import { prepare } from './quiz/deferred.svelte';
import LessonQuiz from './LessonQuiz.svelte';
import ModeChoice from './quiz/ModeChoice.svelte';

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
			id: 'two',
			kind: 'multiple',
			prompt: 'Which are colours?',
			options: [
				{ id: 'r', text: 'Red' },
				{ id: 'g', text: 'Green' },
				{ id: 's', text: 'Stone' }
			],
			answer: ['r', 'g']
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
const results = () => screen.getByRole('region', { name: /Your result/ });

function setup(props: { settings?: Partial<Settings> } & Record<string, unknown> = {}) {
	const store = memoryProgress();
	const user = userEvent.setup();
	const onanswer = vi.fn();
	const oncomplete = vi.fn();
	const { settings, ...rest } = props;
	const view = render(Quiz, {
		slug: 'demo',
		quiz,
		store,
		layout: 'scroll',
		settings: { shuffle: false, ...settings },
		onanswer,
		oncomplete,
		...rest
	});
	return { store, user, onanswer, oncomplete, view };
}

// The feedback, the paged player's navigation and the result arrive on demand (a page fetches
// them as the learner moves into the quiz); here they are fetched once, up front.
beforeAll(async () => {
	await prepare();
});

async function check(user: ReturnType<typeof userEvent.setup>, prompt: string) {
	await user.click(within(question(prompt)).getByRole('button', { name: 'Check answer' }));
}

describe('practice', () => {
	it('a wrong first check says what kind of mistake it is, not the answer; a right second check counts as a miss on the first try', async () => {
		const { user, onanswer, store } = setup({ paragraphHref: (id: string) => `/lessons/demo#${id}` });
		const q = question('Which are colours?');
		await user.click(within(q).getByRole('checkbox', { name: 'Red' }));
		await user.click(within(q).getByRole('checkbox', { name: 'Stone' }));
		await check(user, 'Which are colours?');

		expect(within(q).getByText('Not quite.')).toBeInTheDocument();
		expect(q).toHaveTextContent('1 of the 2 right choices is picked, and 1 choice that is not right.');
		// No answer yet: no key marks, no explanation; the way back to the reading is there.
		expect(within(q).queryByText(/right answer/)).not.toBeInTheDocument();
		expect(within(q).queryByText('The reading says so.')).not.toBeInTheDocument();
		expect(within(q).getByRole('link', { name: 'Reread the paragraph' })).toHaveAttribute(
			'href',
			'/lessons/demo#para-1'
		);
		expect(onanswer).toHaveBeenLastCalledWith(
			expect.objectContaining({ questionId: 'two', correct: false, firstTry: true })
		);
		// Still answerable: change the answer and check again.
		expect(within(q).getByRole('checkbox', { name: 'Green' })).toBeEnabled();
		await user.click(within(q).getByRole('checkbox', { name: 'Stone' }));
		await user.click(within(q).getByRole('checkbox', { name: 'Green' }));
		expect(within(q).queryByText('Not quite.')).not.toBeInTheDocument();
		await check(user, 'Which are colours?');
		expect(within(q).getByText('Correct.')).toBeInTheDocument();
		expect(within(q).getByText('The reading says so.')).toBeInTheDocument();
		expect(within(q).getByRole('checkbox', { name: /Red/ })).toBeDisabled();
		expect(onanswer).toHaveBeenLastCalledWith(expect.objectContaining({ correct: true, firstTry: false }));
		expect(store.get('demo')?.attempt.firstTry).toEqual({ two: 0 });
	});

	it('a second wrong check shows the answer and ends the question', async () => {
		const { user } = setup();
		const q = question('Which is a fruit?');
		await user.click(within(q).getByRole('radio', { name: 'Brick' }));
		await check(user, 'Which is a fruit?');
		await user.click(within(q).getByRole('radio', { name: 'Cloud' }));
		await check(user, 'Which is a fruit?');
		expect(within(q).getByText(/The answer is shown/)).toBeInTheDocument();
		expect(within(q).getByRole('radio', { name: 'Apple (right answer)' })).toBeDisabled();
		expect(within(q).queryByRole('button', { name: 'Check answer' })).not.toBeInTheDocument();
	});

	it('"Show answer" appears after a first check, shows the key and counts as a miss', async () => {
		const { user, store } = setup();
		const q = question('Name the state.');
		expect(within(q).queryByRole('button', { name: 'Show answer' })).not.toBeInTheDocument();
		await user.type(within(q).getByRole('textbox'), 'Durango');
		await check(user, 'Name the state.');
		await user.click(within(q).getByRole('button', { name: 'Show answer' }));
		expect(within(q).getByText('Right answer:').parentElement).toHaveTextContent('Right answer: Sinaloa');
		expect(within(q).getByRole('textbox')).toBeDisabled();
		expect(store.get('demo')?.attempt).toMatchObject({ revealed: ['word'], firstTry: { word: 0 } });
	});

	it('a typed answer with a slip is right, and the feedback says "close enough" with the spelling', async () => {
		const { user, onanswer } = setup();
		const q = question('Name the state.');
		await user.type(within(q).getByRole('textbox'), 'Sinlaoa');
		await check(user, 'Name the state.');
		expect(within(q).getByText('Correct.')).toBeInTheDocument();
		expect(within(q).getByText('Close enough: the spelling is “Sinaloa”.')).toBeInTheDocument();
		// Announced with the verdict, as every check's feedback is.
		expect(screen.getByRole('status')).toHaveTextContent(
			'Correct. Close enough: the spelling is “Sinaloa”. 1 of 1 point It is Sinaloa.'
		);
		expect(onanswer).toHaveBeenLastCalledWith(
			expect.objectContaining({ questionId: 'word', correct: true, firstTry: true })
		);
	});

	it('a number that reads two ways is asked about, not marked: the first try is kept until the learner picks', async () => {
		const figures: QuizData = {
			passMark: 70,
			questions: [
				{ ...base, id: 'deaths', kind: 'numeric', prompt: 'How many deaths?', answer: 225000, tolerance: 0 },
				quiz.questions[0]!
			]
		};
		const { user, onanswer, store } = setup({ quiz: figures });
		const q = question('How many deaths?');
		await user.type(within(q).getByRole('textbox'), '225.000');
		expect(within(q).getByText('Did you mean 225 or 225,000? Choose one, or type it again.')).toBeVisible();
		await check(user, 'How many deaths?');
		// Not checked, not scored: no answer event, no first try spent.
		expect(onanswer).not.toHaveBeenCalled();
		expect(within(q).getByText(/Answer the question first/)).toBeVisible();
		expect(store.get('demo')?.attempt.firstTry ?? {}).toEqual({});
		await user.click(within(q).getByRole('button', { name: '225,000' }));
		await check(user, 'How many deaths?');
		expect(within(q).getByText('Correct.')).toBeInTheDocument();
		expect(onanswer).toHaveBeenLastCalledWith(
			expect.objectContaining({ questionId: 'deaths', correct: true, firstTry: true })
		);
	});

	it('an exact typed answer gets no spelling note', async () => {
		const { user } = setup();
		const q = question('Name the state.');
		await user.type(within(q).getByRole('textbox'), 'SINALOA');
		await check(user, 'Name the state.');
		expect(within(q).getByText('Correct.')).toBeInTheDocument();
		expect(q).not.toHaveTextContent('Close enough');
	});

	it('asks for an answer before checking an unanswered question', async () => {
		const { user, onanswer } = setup();
		await check(user, 'Which is a fruit?');
		expect(screen.getByRole('status')).toHaveTextContent('Answer the question first');
		expect(within(question('Which is a fruit?')).getByText(/Answer the question first/)).toBeVisible();
		expect(onanswer).not.toHaveBeenCalled();
	});

	it('finishes when every question is done: results with the first-try figure beside the final one', async () => {
		const { user, oncomplete, store } = setup();
		await user.click(screen.getByRole('radio', { name: 'False' }));
		await check(user, 'The sky is green.');
		await user.click(screen.getByRole('radio', { name: 'Brick' }));
		await check(user, 'Which is a fruit?');
		await user.click(screen.getByRole('radio', { name: 'Apple' }));
		await check(user, 'Which is a fruit?');
		await user.click(screen.getByRole('checkbox', { name: 'Red' }));
		await user.click(screen.getByRole('checkbox', { name: 'Green' }));
		await check(user, 'Which are colours?');
		await user.type(within(group('Name the state.')).getByRole('textbox'), 'sinaloa{Enter}');

		const panel = results();
		expect(panel).toHaveFocus();
		expect(panel).toHaveTextContent('On your first tries 3 of 4 questions right · 4 of 5 points');
		expect(panel).toHaveTextContent(
			'After checking and trying again 4 of 4 questions right · 5 of 5 points (100%)'
		);
		expect(panel).toHaveTextContent(
			'Passed. Practice is passed on your final answers, after checking, trying again and answers shown: the pass mark is 70%.'
		);
		// Every final answer is right, but one was missed at the first try: that one is listed, and
		// the panel does not claim every question was right.
		expect(panel).not.toHaveTextContent('You got every question right');
		const again = within(panel).getByRole('list');
		expect(
			within(again)
				.getAllByRole('listitem')
				.map((li) => li.querySelector('.prompt')?.textContent)
		).toEqual([expect.stringMatching(/^\d+\. Which is a fruit\?$/)]);
		expect(oncomplete).toHaveBeenCalledWith(
			expect.objectContaining({
				earned: 5,
				max: 5,
				right: 4,
				questions: 4,
				firstTry: { earned: 4, right: 3 }
			})
		);
		expect(store.get('demo')?.history).toMatchObject([{ number: 1, percent: 100, firstTry: { earned: 4 } }]);
	});
});

describe('test mode', () => {
	const test = (over: Partial<Settings> = {}) => ({
		settings: { mode: 'test' as const, attempts: 1, review: 'after-last' as const, passMark: 80, ...over }
	});

	it('asks once before submitting with questions unanswered, then reviews and scores', async () => {
		const { user, onanswer, oncomplete } = setup(test({ attempts: 1 }));
		expect(screen.queryByRole('button', { name: 'Check answer' })).not.toBeInTheDocument();
		await user.click(screen.getByRole('radio', { name: 'False' }));
		await user.click(screen.getByRole('radio', { name: 'Brick' }));
		await user.click(screen.getByRole('button', { name: 'Submit answers' }));
		expect(screen.getByRole('alert')).toHaveTextContent('2 questions are not answered yet');
		expect(screen.getByRole('button', { name: 'Submit anyway' })).toHaveFocus();
		expect(oncomplete).not.toHaveBeenCalled();
		await user.click(screen.getByRole('button', { name: 'Submit anyway' }));

		expect(within(question('The sky is green.')).getByText('Correct.')).toBeInTheDocument();
		expect(
			within(question('Which is a fruit?')).getByRole('radio', { name: 'Apple (right answer)' })
		).toBeDisabled();
		expect(within(question('Name the state.')).getByText('Your answer:').parentElement).toHaveTextContent(
			'no answer'
		);
		const panel = results();
		expect(panel).toHaveTextContent('1 of 4 questions right · 1 of 5 points (20%)');
		expect(panel).toHaveTextContent('Not yet passed. The pass mark is 80%.');
		expect(panel).toHaveTextContent('You have used every attempt.');
		expect(onanswer).toHaveBeenCalledTimes(4);
		expect(oncomplete).toHaveBeenCalledWith(
			expect.objectContaining({ number: 1, earned: 1, max: 5, passed: false })
		);
		// Over: no retry, no new attempt, nothing left to change.
		expect(within(panel).queryByRole('button', { name: /Retry|Start|new attempt/ })).not.toBeInTheDocument();
		for (const r of screen.getAllByRole('radio')) expect(r).toBeDisabled();
	});

	it('with attempts left, hides the right answers, then allows exactly the limit', async () => {
		const { user, store, oncomplete } = setup(test({ attempts: 2 }));
		await user.click(screen.getByRole('radio', { name: 'True' }));
		await user.click(screen.getByRole('button', { name: 'Submit answers' }));
		await user.click(screen.getByRole('button', { name: 'Submit anyway' }));
		expect(results()).toHaveTextContent('The right answers are not shown while you have attempts left.');
		expect(screen.queryByText(/\(right answer\)|Right answer:/)).not.toBeInTheDocument();
		expect(screen.queryByText('The reading says so.')).not.toBeInTheDocument();

		await user.click(screen.getByRole('button', { name: 'Start a new attempt' }));
		expect(store.get('demo')?.attempt).toMatchObject({ number: 2, submitted: false, responses: {} });
		await user.click(screen.getByRole('radio', { name: 'False' }));
		await user.click(screen.getByRole('button', { name: 'Submit answers' }));
		await user.click(screen.getByRole('button', { name: 'Submit anyway' }));
		expect(results()).toHaveTextContent('Your result, attempt 2');
		expect(results()).toHaveTextContent('You have used every attempt.');
		expect(screen.queryByRole('button', { name: 'Start a new attempt' })).not.toBeInTheDocument();
		// After the last attempt the answers are shown.
		expect(
			within(question('Which is a fruit?')).getByRole('radio', { name: 'Apple (right answer)' })
		).toBeInTheDocument();
		expect(oncomplete.mock.calls.map((c) => c[0].number)).toEqual([1, 2]);
		expect(store.get('demo')?.history.map((h) => h.number)).toEqual([1, 2]);
	});
});

describe('the paged player', () => {
	it('starts from the intro, moves one question at a time, jumps from the map, and comes back to the result', async () => {
		const store = memoryProgress();
		const user = userEvent.setup();
		render(Quiz, { slug: 'demo', quiz, store, settings: { shuffle: false }, ModeChoice });
		expect(screen.getByRole('radio', { name: 'Practice' })).toBeChecked();
		// The hint is said once, as the description, not also inside the name.
		expect(screen.getByRole('radio', { name: 'Practice' })).toHaveAccessibleDescription(
			'Check each answer as you go, see why, and try again.'
		);
		await user.click(screen.getByRole('radio', { name: /Test/ }));
		expect(store.get('demo')?.attempt.mode).toBe('test');
		await user.click(screen.getByRole('button', { name: 'Start the quiz' }));

		expect(screen.getByRole('heading', { name: 'Question 1 of 4' })).toHaveFocus();
		expect(group('The sky is green.')).toBeVisible();
		expect(screen.getByRole('group', { name: 'Which is a fruit?', hidden: true })).not.toBeVisible();
		await user.click(screen.getByRole('radio', { name: 'False' }));
		await user.click(screen.getByRole('button', { name: 'Next →' }));
		expect(screen.getByRole('heading', { name: 'Question 2 of 4' })).toHaveFocus();
		const map = screen.getByRole('navigation', { name: 'Questions' });
		expect(within(map).getByRole('button', { name: 'Question 1 of 4: answered' })).toBeInTheDocument();
		expect(within(map).getByRole('button', { name: 'Question 2 of 4: not answered' })).toHaveAttribute(
			'aria-current',
			'step'
		);
		await user.click(within(map).getByRole('button', { name: 'Question 4 of 4: not answered' }));
		expect(group('Name the state.')).toBeVisible();
		await user.type(within(group('Name the state.')).getByRole('textbox'), 'Sinaloa');
		await user.click(screen.getByRole('button', { name: 'Submit answers' }));
		await user.click(screen.getByRole('button', { name: 'Submit anyway' }));

		expect(results()).toHaveFocus();
		const missed = within(results()).getByRole('list');
		expect(within(missed).getAllByRole('listitem')).toHaveLength(2);
		await user.click(within(results()).getByRole('button', { name: 'Go to question 2' }));
		expect(group('Which is a fruit?')).toBeVisible();
		await user.click(screen.getByRole('button', { name: 'Back to your result' }));
		expect(results()).toHaveFocus();
	});

	it('practice: the last check keeps its question and feedback on screen, then "See your result" goes on', async () => {
		const store = memoryProgress();
		const user = userEvent.setup();
		const oncomplete = vi.fn();
		const one = { ...quiz, questions: quiz.questions.slice(0, 2) };
		render(Quiz, { slug: 'demo', quiz: one, store, settings: { shuffle: false }, oncomplete });
		await user.click(screen.getByRole('button', { name: 'Start the quiz' }));
		await user.click(screen.getByRole('radio', { name: 'False' }));
		await check(user, 'The sky is green.');
		await user.click(screen.getByRole('button', { name: 'Next →' }));
		await user.click(screen.getByRole('radio', { name: 'Apple' }));
		await check(user, 'Which is a fruit?');

		// Finished (and reported) at once, but the learner reads the feedback first.
		expect(oncomplete).toHaveBeenCalledOnce();
		expect(group('Which is a fruit?')).toBeVisible();
		expect(within(question('Which is a fruit?')).getByText('The reading says so.')).toBeVisible();
		expect(screen.queryByRole('region', { name: /Your result/ })).not.toBeInTheDocument();
		expect(screen.getByRole('status')).toHaveTextContent('See your result');
		await user.click(screen.getByRole('button', { name: 'See your result' }));
		expect(results()).toHaveFocus();
		expect(results()).toHaveTextContent('2 of 2 questions right');
		// One attempt, one completion: seeing the result (or going back to it) reports nothing more.
		expect(oncomplete).toHaveBeenCalledOnce();
		expect(oncomplete).toHaveBeenCalledWith(expect.objectContaining({ number: 1 }));
	});

	it('comes back to the question on screen after a reload', () => {
		const store = memoryProgress();
		const record = newRecord('practice', 1);
		record.attempt.current = 'word';
		store.put('demo', record);
		render(Quiz, { slug: 'demo', quiz, store, settings: { shuffle: false } });
		expect(group('Name the state.')).toBeVisible();
		expect(screen.getByRole('group', { name: 'The sky is green.', hidden: true })).not.toBeVisible();
	});
});

describe('the choices', () => {
	it('a lesson page offers Practice or Test and the layout; switching to one page shows every question', async () => {
		const store = memoryProgress();
		const user = userEvent.setup();
		render(LessonQuiz, { slug: 'demo', quiz, store, settings: { shuffle: false } });
		expect(screen.getByRole('group', { name: 'How do you want to take this quiz?' })).toBeInTheDocument();
		expect(screen.getByRole('radio', { name: 'One question at a time' })).toBeChecked();
		expect(screen.getByRole('group', { name: 'Which is a fruit?', hidden: true })).not.toBeVisible();
		await user.click(screen.getByRole('radio', { name: 'All questions on one page' }));
		for (const q of quiz.questions) expect(group(q.prompt)).toBeVisible();
		await user.click(screen.getByRole('radio', { name: /Test/ }));
		expect(store.get('demo')?.attempt.mode).toBe('test');
	});

	it('without them (an embed, an assignment) the quiz says how it runs and offers no choice', () => {
		render(Quiz, { slug: 'demo', quiz, store: memoryProgress(), settings: { shuffle: false, mode: 'test' } });
		expect(screen.queryAllByRole('radio', { name: /Practice|Test|One question|All questions/ })).toEqual([]);
		expect(screen.getByText(/^Test: answer every question/)).toBeInTheDocument();
	});
});

describe('saved progress', () => {
	it('saves every change at once under the progress key', async () => {
		const { user, store } = setup({ progressKey: 'assignment-1' });
		await user.click(screen.getByRole('radio', { name: 'Apple' }));
		expect(store.get('assignment-1')?.attempt.responses).toEqual({ pick: { kind: 'single', choice: 'a' } });
		expect(store.get('demo')).toBeUndefined();
	});

	it('restores saved answers and checks after mount', () => {
		const store = memoryProgress();
		const record = newRecord('practice', 5);
		record.attempt.responses = {
			pick: { kind: 'single', choice: 'c' },
			word: { kind: 'text', value: 'Durango' }
		};
		record.attempt.changed = { pick: 1, word: 1 };
		record.attempt.tries = { pick: 1 };
		record.attempt.checkedAt = { pick: 2 };
		record.attempt.firstTry = { pick: 0 };
		store.put('demo', record);
		render(Quiz, { slug: 'demo', quiz, store, layout: 'scroll', settings: { shuffle: false } });
		expect(screen.getByRole('radio', { name: /Cloud/ })).toBeChecked();
		expect(within(question('Which is a fruit?')).getByText('Not quite.')).toBeInTheDocument();
		expect(
			within(question('Which is a fruit?')).getByRole('button', { name: 'Show answer' })
		).toBeInTheDocument();
		expect(within(group('Name the state.')).getByRole('textbox')).toHaveValue('Durango');
		expect(screen.getByText('2 of 4 answered')).toBeInTheDocument();
	});

	it('follows changes made elsewhere (another tab)', async () => {
		const { store } = setup();
		const record = newRecord('practice', 5);
		record.attempt.responses = { tf: { kind: 'true-false', value: true } };
		store.put('demo', record);
		await Promise.resolve();
		expect(await screen.findByText('1 of 4 answered')).toBeInTheDocument();
		expect(screen.getByRole('radio', { name: 'True' })).toBeChecked();
		store.remove('demo');
		expect(await screen.findByText('0 of 4 answered')).toBeInTheDocument();
	});

	it('keeps a seeded order across remounts', () => {
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
		store.put('demo', newRecord('practice', 1234));
		const seen = () => ({
			prompts: screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent),
			options: screen
				.getAllByRole('radio')
				.map((r) => (r as HTMLInputElement).value)
				.join('')
		});
		const first = render(Quiz, { slug: 'demo', quiz: long, store, layout: 'scroll' });
		const before = seen();
		first.unmount();
		render(Quiz, { slug: 'demo', quiz: long, store, layout: 'scroll' });
		expect(seen()).toEqual(before);
		expect(before.prompts).not.toEqual(long.questions.map((q) => q.prompt));
	});

	it('says progress will not be kept when the store is not persistent, unless the page does', () => {
		const { view } = setup();
		expect(screen.getByText(/will not be kept on this device/)).toBeInTheDocument();
		view.unmount();
		render(Quiz, { slug: 'demo', quiz, store: memoryProgress(null, true) });
		expect(screen.queryByText(/will not be kept on this device/)).not.toBeInTheDocument();
	});
});
