// What the learner reads once they are in the quiz: a question's feedback, the paged player's map
// and its Previous/Next, a test's submit confirmation, the result. An area of its own: the quiz's
// pages fetch these parts on demand (src/lib/components/quiz/deferred.svelte.ts), and their text
// comes with them.
export const review = {
	/** The verdict on a question, and what a check or "Show answer" says aloud. */
	correct: 'Correct.',
	incorrect: 'Not quite.',
	partial: 'Partly right.',
	unanswered: 'Not answered.',
	tryAgainHint: 'Change your answer and check it again, or show the answer.',
	shownHint: 'The answer is shown: this question counts as missed on your first try.',
	points: (earned: number, max: number) => `${earned} of ${max} ${max === 1 ? 'point' : 'points'}`,
	lastDone: 'That was the last question: “See your result” is below it.',
	/** A retry of the missed questions: said above them while it lasts. */
	retrying: (n: number) =>
		`Retrying the ${n === 1 ? 'question' : `${n} questions`} you missed; your right answers are kept.`,
	/** Once the answers are shown: the marks on the questions themselves. */
	rightAnswer: 'Right answer:',
	isRight: 'right answer',
	isWrongPick: 'your choice, not right',
	belongsAt: (n: number) => `belongs at ${n}`,
	isMissed: 'right answer, not marked',
	/** A typed answer accepted as a minor misspelling (../../quiz/normalize.ts). */
	closeEnough: (spelling: string) => `Close enough: the spelling is “${spelling}”.`,
	/** A typed number that reads two ways on this page ("225.000"): the learner picks one. */
	whichNumber: (a: string, b: string) => `Did you mean ${a} or ${b}? Choose one, or type it again.`,
	mistake: {
		picks: (right: number, of: number, wrong: number) =>
			`${right} of the ${of} right ${of === 1 ? 'choice' : 'choices'} ${right === 1 ? 'is' : 'are'} picked` +
			(wrong ? `, and ${wrong} ${wrong === 1 ? 'choice that is' : 'choices that are'} not right.` : '.'),
		inOrder: (right: number, of: number) =>
			`${right} of ${of} items are in the right order relative to each other.`,
		pairs: (right: number, of: number) => `${right} of ${of} pairs are matched rightly.`,
		evidence: 'Your answer is right, but another passage supports it better.'
	},
	unansweredCount: (n: number) =>
		`${n} ${n === 1 ? 'question is' : 'questions are'} not answered yet. Submit anyway? They will score 0.`,
	submitAnyway: 'Submit anyway',
	goToUnanswered: 'Go to the first one',
	scoreLine: (right: number, questions: number, earned: number, max: number, percent: number) =>
		`${right} of ${questions} questions right · ${earned} of ${max} points (${percent}%)`,
	firstTryLabel: 'On your first tries',
	firstTryLine: (right: number, questions: number, earned: number, max: number) =>
		`${right} of ${questions} questions right · ${earned} of ${max} points`,
	finalLabel: 'After checking and trying again',
	testLabel: 'Your score',
	passed: 'Passed.',
	failed: 'Not yet passed.',
	/** The rule the mode passes on, said beside the verdict. */
	passRule: {
		practice: (mark: number) =>
			`Practice is passed on your final answers, after checking, trying again and answers shown: the pass mark is ${mark}%.`,
		test: (mark: number) => `The pass mark is ${mark}%.`
	},
	reread: 'Reread the paragraph',
	results: 'Your result',
	resultsOf: (n: number) => `Your result, attempt ${n}`,
	missedHeading: 'Questions to look at again',
	noneMissed: 'You got every question right.',
	noneMissedFirstTry: 'You got every question right on your first try.',
	/** Practice: the missed list holds what was not right at the first try. */
	missedFirstTry: 'Every question you did not get right on your first try.',
	goTo: (n: number) => `Go to question ${n}`,
	keyHidden: 'The right answers are not shown while you have attempts left.',
	keyNever: 'The right answers are not shown for this quiz. Ask your teacher.',
	attemptsLeft: (n: number) =>
		n === 0 ? 'You have used every attempt.' : `${n} ${n === 1 ? 'attempt' : 'attempts'} left.`,
	newAttempt: 'Start a new attempt',
	retryMissed: 'Retry the ones I missed',
	startOver: 'Start again',
	nextLesson: (title: string) => `Next lesson: ${title}`,
	best: (percent: number, n: number) => `Best so far: ${percent}% (attempt ${n}).`,
	yourAnswer: 'Your answer:',
	noAnswer: 'no answer',
	/** The paged player's map and its way along (fetched with the other parts). */
	nav: {
		label: 'Questions',
		dot: (n: number, of: number, state: string) => `Question ${n} of ${of}: ${state}`,
		states: {
			unanswered: 'not answered',
			answered: 'answered',
			right: 'right',
			partial: 'partly right',
			wrong: 'not right',
			tryAgain: 'try again',
			shown: 'answer shown'
		},
		previous: 'Previous',
		next: 'Next',
		toResults: 'See your result',
		backToResults: 'Back to your result'
	}
};
