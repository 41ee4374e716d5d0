// Interface text for quizzes.
import type { NumberStyle } from '../../quiz/numbers';

export const quiz = {
	heading: 'Check your understanding',
	noScript: 'Scoring needs JavaScript. You can still read every question and answer on paper.',
	notKept: 'Your answers will not be kept on this device: this browser is not letting the site save them.',
	/** Before the first question: how the quiz will run. */
	intro: {
		questions: (n: number) => `${n} ${n === 1 ? 'question' : 'questions'}`,
		modeLegend: 'How do you want to take this quiz?',
		modes: {
			practice: { label: 'Practice', hint: 'Check each answer as you go, see why, and try again.' },
			test: { label: 'Test', hint: 'Answer every question, then submit them all for a score.' }
		},
		mode: (mode: 'practice' | 'test'): string =>
			mode === 'test'
				? 'Test: answer every question, then submit them all for a score.'
				: 'Practice: check each answer as you go, see why, and try again.',
		attempt: (n: number, limit: number | null) =>
			limit === null ? `Attempt ${n}` : `Attempt ${n} of ${limit}`,
		start: 'Start the quiz'
	},
	layout: {
		label: 'Show',
		paged: 'One question at a time',
		scroll: 'All questions on one page'
	},
	check: 'Check answer',
	showAnswer: 'Show answer',
	submit: 'Submit answers',
	answerFirst: 'Answer the question first, then check it.',
	question: (n: number, of: number) => `Question ${n} of ${of}`,
	answered: (n: number, of: number) => `${n} of ${of} answered`,
	/** The engine's words for saying answers (describe.ts). */
	words: { true: 'True', false: 'False', numbers: 'en' as NumberStyle },
	moveUp: (item: string) => `Move "${item}" up`,
	moveDown: (item: string) => `Move "${item}" down`,
	up: 'Up',
	down: 'Down',
	moved: (item: string, position: number, of: number) => `"${item}" moved to position ${position} of ${of}.`,
	orderHint: 'Put the items in order: use the buttons to move an item up or down.',
	position: (n: number) => `${n}.`,
	multipleHint: 'Choose every answer that applies.',
	highlightHint:
		'Select each part of the passage that answers the question. Select a part again to unmark it.',
	/** The accessible name of a highlight question's passage. */
	highlightPassage: 'Passage',
	/** A transfer question's text is made up for it: say so, so no one takes it for the news. */
	invented: (label: string) => `Invented for this question: ${label}`,
	choose: 'Choose…',
	answerLabel: 'Your answer',
	matchHint: 'Choose the match for each term.',
	// No sample figure: an example could be a lesson's answer (tests/content/hints.test.ts).
	numberHint: 'A number, in digits.',
	notANumber: 'That is not a number yet: use digits.',
	partA: 'Part A: your answer',
	partB: (prompt: string) => `Part B: ${prompt}`,
	evidenceWhy: 'The passage point counts only when the answer in part A is right.'
};
