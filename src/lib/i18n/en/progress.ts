// Interface text for saved progress and the course page's status.
export const progress = {
	notice: 'About your saved progress',
	dismiss: 'Dismiss',
	notKept:
		'Progress will not be kept: this browser is not letting the site save anything (private browsing, blocked or full storage). The quiz still works, but your answers are forgotten when you leave the page.',
	unreadable:
		'Your saved progress could not be read, so you are starting afresh. A copy of it was set aside in this browser, not deleted.',
	repaired: (n: number) =>
		`Part of your saved progress could not be read (${n} ${n === 1 ? 'quiz' : 'quizzes'}) and was left out; the rest is kept. A copy of the original was set aside in this browser.`,
	old: 'Your saved progress came from an older version of this site and could not be used, so you are starting afresh. A copy of it was set aside in this browser.',
	newer:
		'Your progress was saved by a newer version of this site. It is left as it is, and answers you give on this page will not be saved.',
	leftAlone:
		'Your saved progress could not be read and there was no room to set it aside, so it is left as it is and answers you give now will not be saved.',
	writeFailed: 'Your latest answers could not be saved: this browser’s storage is full or blocked.',
	status: {
		notStarted: 'Not started',
		inProgress: (n: number, of: number) => `In progress: ${n} of ${of} answered`,
		finished: 'Finished',
		/** The first try beside the best result: what the learner knew, and where they got to. */
		scores: (first: number, best: number, passed: boolean) =>
			`First try ${first}% · best ${best}%, ${passed ? 'passed' : 'not yet passed'}`,
		separator: ' · '
	},
	course: (done: number, of: number) => `${done} of ${of} lessons done`,
	continue: (title: string) => `Continue: ${title}`,
	start: (title: string) => `Start: ${title}`,
	allDone: 'You have finished every lesson. Well done.',
	review: (title: string) => `Go back to ${title}`,
	statusLabel: 'Your progress'
};
