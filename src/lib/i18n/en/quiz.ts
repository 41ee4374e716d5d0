// Interface text for quizzes.
export const quiz = {
	heading: 'Check your understanding',
	noScript: 'Scoring needs JavaScript. You can still read every question and answer on paper.',
	check: 'Check answer',
	submit: 'Submit answers',
	correct: 'Correct.',
	incorrect: 'Not quite.',
	partial: 'Partly right.',
	points: (earned: number, max: number) => `${earned} of ${max} ${max === 1 ? 'point' : 'points'}`,
	score: (earned: number, max: number, percent: number) =>
		`You scored ${earned} out of ${max} (${percent}%).`,
	passed: 'Passed.',
	failed: (mark: number) => `Not yet passed: the pass mark is ${mark}%.`,
	reread: 'Reread the paragraph',
	question: (n: number, of: number) => `Question ${n} of ${of}`
};
