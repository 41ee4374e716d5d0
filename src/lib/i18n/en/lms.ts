// Text of the "Use in your LMS" panel (/teach and each teacher copy) and the words written inside
// the export files (src/lib/exports). Server-only: the panel is on pages without a Kit client and the
// files are built at build time, so no browser script carries this text (it is not an area of
// ./index.ts).
import type { LossCode } from '../../exports/common';

export const lms = {
	title: 'Use in your LMS',
	intro:
		'The quizzes as files your learning platform or review game imports, so its gradebook, attempts and extra-time settings apply. Each file is built from the same questions as the site; what a format cannot hold is listed under it.',
	language: 'Language of the files',
	courseFiles: 'Whole course (every lesson)',
	lessonFiles: (lesson: string) => `This lesson only: ${lesson}`,
	download: (name: string) => `Download ${name}`,
	size: (kb: string) => `${kb} KB`,
	losses: 'What changes in this format',
	noLosses: 'Nothing: every question keeps its kind, key and scoring.',
	lossItem: (questions: string, what: string) => `${questions}: ${what}`,
	questionsWord: (ids: string[]) => (ids.length === 1 ? `Question ${ids[0]}` : `Questions ${ids.join(', ')}`),
	questionsCount: (n: number) => (n === 1 ? '1 question' : `${n} questions`),
	classroom:
		'Google Classroom has no quiz import: post the assignment link instead (Assign a lesson), or import the Common Cartridge into another LMS.',
	onTeacherCopies: 'One file per lesson: download it from the lesson’s teacher copy (below).',
	assignLink: 'Make an assignment link',
	guide: 'How to import each file (step by step)',
	formats: {
		cc: {
			name: 'Common Cartridge 1.3 (.imscc)',
			where:
				'Canvas: Settings → Import Course Content → Common Cartridge 1.x Package. Moodle: Course → More → Restore (IMS Common Cartridge). Schoology: Course → Import (Common Cartridge). Blackboard: Course Content → Import Content → Common Cartridge. D2L Brightspace: Course Admin → Import/Export/Copy Components → Import Components.',
			holds: 'A module per lesson: the reading as a link and the quiz as a quiz.'
		},
		qti: {
			name: 'QTI 2.1 package (.zip)',
			where:
				'Item banks and LMSs that import QTI 2.1 directly (for example TAO, Inspera, Blackboard Ultra question banks, D2L Question Library → Import).',
			holds: 'Every question in its own kind; one test per lesson.'
		},
		moodle: {
			name: 'Moodle XML',
			where: 'Moodle: Question bank → Import → Moodle XML format.',
			holds: 'The lesson’s questions in a category named after it.'
		},
		gift: {
			name: 'GIFT (text)',
			where: 'Moodle: Question bank → Import → GIFT format (also read by other quiz tools).',
			holds: 'The lesson’s questions as plain text.'
		},
		kahoot: {
			name: 'Kahoot! spreadsheet (.xlsx)',
			where: 'Kahoot!: Create → Kahoot → Add question → Import spreadsheet.',
			holds:
				'Choice and true/false questions only, at most 4 answers, 120 characters a question and 75 an answer. Kahoot has no place for explanations, ids or links.'
		},
		quizizz: {
			name: 'Quizizz (Wayground) spreadsheet (.xlsx)',
			where: 'Quizizz: Create → Quiz → Import from spreadsheet.',
			holds:
				'Choice and true/false questions only, at most 5 answers; the explanation, id and link go in “Answer explanation”.'
		},
		blooket: {
			name: 'Blooket (.csv)',
			where: 'Blooket: Create a set → Spreadsheet import (CSV).',
			holds:
				'Choice and true/false questions only, at most 4 answers. Blooket has no place for explanations, ids or links.'
		}
	},
	loss: {
		'evidence-split':
			'the two-part evidence question becomes two linked items (A and B); part B scores even when part A is wrong',
		'highlight-list':
			'“mark the words” becomes a multiple-response item over the passage’s parts, listed as options',
		'order-letters': 'ordering becomes typing the letters in order (all or nothing, no partial credit)',
		'order-matching':
			'ordering becomes matching each item to its place (credit per place, not per run in order)',
		'order-all-or-nothing': 'ordering keeps its interaction but scores all or nothing',
		'match-split': 'matching becomes one multiple-choice item per term',
		'multiple-all-or-nothing': 'multiple response scores all or nothing (no point per right option)',
		'numeric-tolerance': 'only the exact number is accepted (the tolerance is lost)',
		'numeric-unit': 'the unit is written into the question',
		'text-folding': 'typed answers are compared ignoring case only, not accents, spaces or punctuation',
		'not-held': 'left out (this tool has no such question kind)',
		'too-many-options': 'left out (more answers than this tool allows)',
		shortened: 'shortened to fit the tool’s length limits',
		'arrow-in-pair':
			'left out (a matching or ordering text contains “->”, which GIFT reads as its own separator)'
	} as Record<LossCode, string>,
	words: {
		true: 'True',
		false: 'False',
		partA: 'Part A',
		partB: 'Part B',
		reading: 'Reading',
		quiz: 'Quiz',
		orderHow: 'Type the letters in the right order, first to last (for example CADB).',
		position: (n: number) => `Place ${n}`,
		matchPrompt: (left: string) => `Which goes with “${left}”?`,
		inUnit: (unit: string) => `(Answer in ${unit}.)`
	}
};
