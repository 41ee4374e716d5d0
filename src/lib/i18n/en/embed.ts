// Interface text for embedded quizzes and the embed panel.
export const embed = {
	/** The <title> of /embed/<slug>. */
	title: (lesson: string) => `Quiz: ${lesson}`,
	description: (lesson: string) => `The quiz of the lesson “${lesson}”, to embed in a course page.`,
	/** The iframe's accessible name in the snippet. */
	frameTitle: (lesson: string) => `Quiz: ${lesson}`,
	newWindow: '(opens in a new window)',
	reading: 'Reading',
	loadingReading: 'Loading the reading…',
	panel: {
		summary: 'Embed this quiz',
		intro:
			'Paste this into a course page to show the quiz there. The frame resizes itself, and the page receives a quiz:complete event with the score.',
		snippet: 'Embed code',
		withReading: 'Include the reading',
		mode: 'Mode',
		modeDefault: 'Practice (the lesson default)',
		modeTest: 'Test: feedback after submitting',
		copy: 'Copy code',
		copied: 'Copied to the clipboard.',
		copyFailed: 'Copying is blocked here: select the code and copy it yourself.',
		/** Shown in prerendered HTML until the browser knows the site's address. */
		originPlaceholder: 'https://quiz-site.example'
	},
	scorm: {
		recorded: 'Your result has been sent to your course.'
	}
};
