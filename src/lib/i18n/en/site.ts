// Interface text for the site's frame and course pages. A Spanish edition adds src/lib/i18n/es/.
export const site = {
	name: 'Strikes on the Cartels? Reading a News Report',
	tagline:
		'Five short lessons on one news report: how it was reported, Mexican sovereignty, who plans US operations, and the fentanyl crisis behind it.',
	skip: 'Skip to content',
	nav: { label: 'Site', course: 'Course', glossary: 'Glossary', teach: 'For teachers', about: 'About' },
	/** The switch to the same page in another language (its name is written in that language). */
	languages: 'Language',
	footer: 'Everything you answer stays in this browser. No accounts, no tracking.',
	course: {
		heading: 'Lessons',
		minutes: (n: number) => `${n} min read`,
		questions: (n: number) => `${n} questions`,
		count: (n: number) => `${n} lessons`
	},
	lesson: {
		objectives: 'In this lesson you will',
		terms: 'Key terms',
		reading: 'Reading',
		quiz: 'Quiz',
		back: 'All lessons',
		toQuiz: (n: number) => `Go to the quiz (${n} questions)`,
		share: 'For teachers and course authors: share or embed this lesson’s quiz',
		next: 'Next lesson',
		previous: 'Previous lesson',
		/** After a key term's link to its glossary entry, for screen readers. */
		inGlossary: '(in the glossary)'
	},
	about: {
		description:
			'Where the course material comes from, how the lessons were written, and why nothing you do here leaves your browser.'
	},
	notFound: {
		title: 'Page not found',
		intro:
			'There is no page at this address. It may have been mistyped, or the link that brought you here is out of date.',
		home: 'Go to the course home page',
		lessons: 'The lessons'
	},
	glossary: {
		title: 'Glossary',
		intro: 'Every key term in the course, with the lessons that use it.',
		usedIn: 'Used in',
		/** The A–Z index's name for screen readers. */
		index: 'Terms by first letter',
		/** The index's letters, in order. */
		alphabet: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
		/** The heading for terms that start with anything else (a digit, a symbol). */
		other: '#',
		/** How terms are sorted. */
		locale: 'en'
	}
};
