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
			'Paste this into a course page to show the quiz there. The frame sizes itself to the quiz, and the page receives a quiz:complete event with the score.',
		snippet: 'Embed code',
		withReading: 'Include the reading',
		mode: 'Mode',
		modes: { practice: 'Practice: check each answer', test: 'Test: feedback after submitting' },
		attempts: 'Attempts',
		unlimited: 'No limit',
		review: 'Right answers in the review',
		reviews: { 'after-last': 'After the last attempt', always: 'After every attempt', never: 'Never' },
		passMark: 'Pass mark (%)',
		passMarkHint: (mark: number) => `Leave empty for the lesson's own: ${mark}%.`,
		layout: 'Questions',
		layouts: { paged: 'One at a time', scroll: 'All on one page' },
		language: 'Language',
		theme: 'Colours',
		themes: { light: 'Light', dark: 'Dark', auto: 'Follow the reader’s setting' },
		listener: 'Add a script that receives the score (for developers)',
		/** The example listener's comment, inside the snippet. */
		listenerComment: 'Do something with the result: send it to your gradebook, show a badge…',
		copy: 'Copy code',
		copied: 'Copied to the clipboard.',
		copyFailed: 'Copying is blocked here: select the code and copy it yourself.',
		/** Shown in prerendered HTML until the browser knows the site's address. */
		originPlaceholder: 'https://quiz-site.example'
	},
	scorm: {
		recorded: 'Your result has been sent to your course.',
		notSent: 'Your result could not be sent to your course. Show this page to your teacher.',
		/** An LMS is there but would not start a session with the lesson. */
		notConnected:
			'This lesson could not connect to your course. You can still do the quiz, but your answers will not be kept and your result will not be sent.',
		/** The LMS refused to keep the learner's answers (cmi.suspend_data). */
		notSaving:
			'Your course is not keeping your answers at the moment: if you leave now, you may have to answer again.',
		/** The LMS handed back saved answers that could not be read. */
		notRestored: 'Your earlier answers could not be read back from your course, so the quiz starts again.'
	}
};
