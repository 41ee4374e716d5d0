import type { Kind } from '../../quiz/kinds';

// Interface text for the teacher guide, assignments and class results.
import type { AssignmentError } from '../../teach/assignment';
import type { Issue, IssueCode } from '../../teach/checks';
import type { ItemOrder, Separation } from '../../teach/items';
import type { LearnerNotice } from '../../teach/learner-store';
import type { TextProblem } from '../../teach/text';
import type { ClassFileError } from '../../teach/saved-class';

const again =
	'Ask your teacher to send the link again, and open it in full (copy the whole link, or scan the QR code).';
const resend = 'Ask the student to copy the whole code again (or send the file) and paste it here.';

// How a name or title breaks the text rule ($lib/teach/text), after "The title…".
const textProblem: Record<TextProblem, string> = {
	empty: 'is empty',
	'too-long': 'is too long',
	unsafe: 'contains control characters or direction overrides',
	invisible: 'has no visible characters'
};

const linkErrors = {
	empty: `This page opens an assignment from a link, and this address has no assignment in it. ${again}`,
	tooLong: `This link is far longer than any assignment link, so it was not read. ${again}`,
	newer:
		'This assignment link was made by a newer version of this site. Reload the page; if it still fails, ask your teacher for a new link.',
	damaged: `This link is incomplete or has been changed: part of it is missing or mistyped, so its check number does not match. ${again}`,
	invalid: {
		lessons: `This link's lesson list is not one this site can use: it must name from 1 to 20 different lessons. ${again}`,
		mode: `This link's mode is neither practice nor test. ${again}`,
		passMark: `This link's pass mark is not a whole number from 0 to 100. ${again}`,
		shuffle: `This link's shuffle setting is neither on nor off. ${again}`,
		attempts: `This link's number of attempts is not a whole number from 1 to 20. ${again}`,
		review: `This link does not say when the right answers are shown. ${again}`,
		title: (problem: TextProblem) => `This link's title ${textProblem[problem]}. ${again}`,
		due: `This link's due date is not a real date from 2020 to 2100. ${again}`
	},
	unknownLesson: (slugs: string[]) =>
		`This link names ${slugs.length === 1 ? 'a lesson' : 'lessons'} this site does not have (${slugs.join(', ')}). Ask your teacher for a new link.`
};

const list = (ids: string[] | undefined) => (ids ?? []).join(', ');
const points = (n: number | undefined) => `${n ?? 0} ${n === 1 ? 'point' : 'points'}`;

// Why a results code cannot be right (teach/checks.ts), one sentence each.
const issues: Record<IssueCode, (i: Issue) => string> = {
	'unknown-lesson': (i) => `Names a lesson this site does not have (${i.slug}).`,
	'not-assigned': (i) => `Has a lesson this assignment does not include (${i.slug}).`,
	'unknown-question': (i) => `Lists questions the lesson does not have (${list(i.ids)}).`,
	'repeated-question': (i) => `Lists a question more than once (${list(i.ids)}).`,
	'question-max': (i) => `Gives questions a maximum the lesson does not (${list(i.ids)}).`,
	'lesson-max': (i) =>
		`Says ${points(i.found)} ${i.found === 1 ? 'was' : 'were'} possible; the lesson has ${points(i.expected)}.`,
	'over-max': () => 'Gives more points than were possible.',
	'items-total': () => 'Its questions’ points do not add up to its first attempt’s score.',
	'unknown-option': (i) => `Records choices the question does not offer (${list(i.ids)}).`,
	passed: (i) => `Says passed or not passed wrongly for the pass mark of ${i.expected ?? 0}%.`,
	attempts: (i) => `Has ${i.found ?? 0} attempts; the assignment allows ${i.expected ?? 0}.`,
	'repeated-attempt': () => 'Lists the same attempt twice.',
	future: () => 'Has a time in the future.',
	'time-order': () => 'Has times out of order (finished before it began, or before an earlier attempt).',
	rescored: (i) =>
		`Its points do not match its choices: scored again with the answer key, the first attempt is worth ${points(i.expected)}, not ${points(i.found)} (${list(i.ids)}).`,
	'no-picks': (i) =>
		`Gives points to choice questions without saying what was chosen, so they cannot have been earned (${list(i.ids)}).`,
	'old-code': (i) =>
		`Made by an older version of this site, which did not record choices: its points on choice questions cannot be checked (${list(i.ids)}). Ask the student for a new code.`,
	'impossible-points': (i) => `Gives points the quiz cannot give for the choice recorded (${list(i.ids)}).`,
	'first-tries': () =>
		'Its first tries cannot be right: they do not add up, or a question right at the first try ended with fewer points.',
	'test-first-tries': () => 'Has first tries, which a test does not record: it was not made in this test.',
	'too-fast': (i) => {
		const n = i.questions ?? 0;
		const s = i.found ?? 0;
		return `Finished ${n} ${n === 1 ? 'question' : 'questions'} in ${s} ${s === 1 ? 'second' : 'seconds'}, too fast to have read ${n === 1 ? 'it' : 'them'}.`;
	}
};

/** An assignment link's problem in words, for the learner's page and the class results page. */
function linkError(e: AssignmentError): string {
	const m = linkErrors;
	switch (e.code) {
		case 'empty':
			return m.empty;
		case 'too-long':
			return m.tooLong;
		case 'newer':
			return m.newer;
		case 'damaged':
			return m.damaged;
		case 'unknown-lesson':
			return m.unknownLesson(e.lessons);
		case 'invalid':
			return e.field === 'title' ? m.invalid.title(e.problem ?? 'unsafe') : m.invalid[e.field];
	}
}

export const teach = {
	/** /embed-code/<slug>: the embed panel's own page, linked from each lesson (no answers on it). */
	embedPage: {
		title: (lesson: string) => `Share or embed the quiz: ${lesson}`,
		intro:
			'For course authors: show this lesson’s quiz on another page or in a learning platform, or link to it. This page has no answers.',
		back: (lesson: string) => `← Back to the lesson: ${lesson}`
	},
	nav: {
		label: 'Teacher tools',
		guide: 'Teacher guide',
		assign: 'Make an assignment',
		results: 'Class results',
		/** On a phone, the one line the site's header and these links fold into. */
		menu: 'Menu'
	},
	guide: {
		title: 'For teachers',
		description:
			'Teacher guide to the course: each lesson’s objectives, a printable teacher copy with the answer key and discussion prompts, and a student worksheet.',
		intro:
			'Each lesson has objectives, and a teacher copy with the answer key, explanations, discussion prompts and an extension activity. Print a worksheet for students (no answers) or the teacher copy (with answers).',
		noServer:
			'Assignments and results need no accounts and no server: the settings travel in the link, and students send you a results code only if they choose to.',
		objectives: 'Objectives',
		prompts: 'Discussion prompts',
		extension: 'Extension activity',
		teacherCopy: (lesson: string) => `Teacher copy: ${lesson}`,
		worksheet: (lesson: string) => `Student worksheet: ${lesson}`,
		teacherCopyDescription: (lesson: string) =>
			`Printable teacher copy of “${lesson}”: every question with its answer, why, and discussion prompts.`,
		worksheetDescription: (lesson: string) =>
			`Printable student worksheet for “${lesson}”: the lesson’s questions with space to answer, no answers.`,
		openTeacherCopy: 'Teacher copy (with answers)',
		openWorksheet: 'Student worksheet (no answers)',
		openLesson: 'Open the lesson',
		questions: (n: number) => `${n} ${n === 1 ? 'question' : 'questions'}`,
		print: 'Print',
		printHint: 'Print this page (or use your browser’s Print), or save it as a PDF from the print dialog.',
		back: 'All lessons for teachers',
		answer: 'Answer:',
		explanation: 'Why:',
		paragraph: 'Tested in the reading at',
		/** Where a tested paragraph comes before the reading's first heading. */
		opening: 'the opening, before the first heading',
		compactKey: 'Answer key at a glance',
		points: (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`,
		kind: {
			single: 'Choose one answer.',
			multiple: 'Choose every answer that is right.',
			'true-false': 'True or false?',
			order: 'Number the items in the right order (1 first).',
			match: 'Write the letter of the matching description next to each term.',
			numeric: 'Write a number.',
			text: 'Write a short answer.',
			evidence: 'Choose one answer, then the passage that best supports it.',
			highlight: 'Underline every part of the passage that answers the question.'
		} satisfies Record<Kind, string>,
		name: 'Name',
		date: 'Date'
	},
	assign: {
		title: 'Make an assignment',
		intro:
			'Pick lessons and settings. You get a link and a QR code to share with your class. The settings are all in the link: nothing is stored on a server.',
		lessons: 'Lessons',
		lessonsHint: 'Students work through them in this order.',
		mode: 'Mode',
		practice: 'Practice: check each answer, see why, try again',
		test: 'Test: no feedback until the whole quiz is submitted',
		passMark: 'Pass mark (%)',
		shuffle: 'Shuffle questions and options',
		attempts: 'Attempts per lesson',
		attemptsHint: 'How many times a student may finish each lesson’s quiz. Practice has no limit.',
		unlimited: 'No limit',
		review: 'In the review after a test, show the right answers',
		reviews: {
			'after-last': 'After the last attempt',
			always: 'After every attempt',
			never: 'Never (you go through them in class)'
		},
		titleLabel: 'Title (optional)',
		titleHint: 'For example: Week 3 homework',
		due: 'Due date (optional)',
		make: 'Make the link',
		needLesson: 'Choose at least one lesson.',
		badPassMark: 'The pass mark must be a whole number from 0 to 100.',
		badTitle: (problem: TextProblem) => `The title ${textProblem[problem]}.`,
		badDue: 'The due date must be a real date from 2020 to 2100.',
		link: 'Assignment link',
		copy: 'Copy link',
		copied: 'Copied to the clipboard.',
		copyFailed: 'Copying is blocked here: select the link and copy it yourself.',
		qr: 'QR code of the assignment link, to show in class',
		qrTooLong: 'The link is too long for a QR code: use a shorter title.',
		preview: 'Try it as a student',
		collect: 'Collect results for this assignment',
		id: (id: string) => `Assignment id: ${id}`
	},
	assignment: {
		title: 'Assignment',
		loading: 'Reading the assignment link…',
		problem: 'This assignment link does not work',
		noScript: 'Assignments need JavaScript: the settings are read from the link in your browser.',
		due: (date: string) => `Due ${date}.`,
		modeLine: (mode: 'practice' | 'test', passMark: number, count: number, attempts: number | null) =>
			`${count} ${count === 1 ? 'lesson' : 'lessons'}, ${mode === 'test' ? 'test mode: feedback after you submit each quiz' : 'practice mode: check each answer as you go'}; pass mark ${passMark}%` +
			(attempts === null ? '.' : `; ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'} per lesson.`),
		name: 'Your name',
		nameHint: 'As your teacher knows you. It stays in this browser until you send your results code.',
		start: 'Start',
		nameProblem: {
			empty: 'Enter your name first.',
			invisible: 'Enter your name in letters that can be seen.',
			'too-long': 'Your name can be at most 60 characters long.',
			unsafe: 'Your name has characters that cannot be used: type it again.'
		} satisfies Record<TextProblem, string>,
		changeName: 'Change name',
		hello: (name: string) => `Working as ${name}.`,
		lessonOf: (n: number, of: number) => `Lesson ${n} of ${of}`,
		newWindow: '(opens in a new window)',
		done: (earned: number, max: number) => `Finished: ${earned} of ${max} points.`,
		attemptsKept: (count: number, first: number, best: number, max: number) =>
			`${count} attempts: your first scored ${first} and your best ${best} of ${max} points. Your results code carries every attempt, and your teacher sees your first and your best.`,
		scoreLine: (
			title: string,
			first: number,
			best: number,
			max: number,
			attempts: number,
			passed: boolean
		) =>
			attempts === 1
				? `${title}: ${first}/${max}, ${passed ? 'passed' : 'not passed'}`
				: `${title}: first attempt ${first}/${max}, best ${best}/${max} (${attempts} attempts), ${passed ? 'passed' : 'not passed'}`,
		next: 'Next lesson',
		progress: (done: number, of: number) => `${done} of ${of} lessons finished.`,
		finishedAll: 'All done: here is your results code',
		/** The button after the last lesson, to the code at the top of the page (not the heading's words again). */
		showCode: 'Go to your results code',
		codeLabel: 'Your results code',
		codeHelp:
			'Copy this code and paste it where your class hands in work (the class chat, email, the learning platform), or download it as a file and send that.',
		selfReported:
			'This code is self-reported: it says what this browser recorded, and it is not proof of who answered. Your teacher may check your work in other ways.',
		copy: 'Copy code',
		copied: 'Copied to the clipboard.',
		copyFailed: 'Copying is blocked here: select the code and copy it yourself.',
		download: 'Download as a file',
		summary: 'Your scores',
		notice: {
			'set-aside':
				'Your saved name and results for this assignment could not be read, so you are starting afresh. A copy of them was set aside in this browser, not deleted.',
			repaired:
				'Part of your saved work for this assignment could not be read and was left out or tidied (a name is cleaned of tabs and hidden characters); the rest is kept. A copy of the original was set aside in this browser.',
			'left-alone':
				'Your saved work for this assignment could not be read and there was no room to set it aside, so it is left as it is, and what you do now will not be saved.',
			'write-failed':
				'Your latest work could not be saved: this browser’s storage is full or blocked. Finish and send your results code during this visit.',
			'session-only':
				'This browser’s storage is full, so your latest work is kept in this tab only (it survives a reload, not closing the tab). Copy or download your results code before you close it.'
		} satisfies Record<LearnerNotice, string>,
		privacy:
			'Your name and answers stay in this browser. Nothing is sent anywhere unless you send the code yourself.'
	},
	results: {
		title: 'Class results',
		intro:
			'Paste the results codes your students sent you, or drop their files here. Everything stays in this browser: nothing is uploaded.',
		selfReported: 'Codes are self-reported by students: treat them like a handed-in score sheet, not proof.',
		assignmentLabel: 'Assignment link (optional)',
		assignmentHint:
			'Paste your assignment link to flag codes from another assignment. Without it, the assignment most codes name is used.',
		assignmentOk: (title: string, id: string) => `Checking codes against ${title} (id ${id}).`,
		untitled: 'the assignment',
		paste: 'Results codes',
		pasteHint: 'Paste one or more codes. Text around them (like a chat message) is ignored.',
		largePaste: (n: number) => `Long paste ${n}`,
		largePastes: 'Too long to edit in the box, so read as pasted:',
		largePasteItem: (label: string, characters: number) =>
			`${label} (${characters.toLocaleString('en')} characters)`,
		remove: 'Remove',
		removeItem: (label: string) => `Remove ${label}`,
		files: 'Or choose files',
		drop: 'Drop results files here',
		clear: 'Clear all',
		noCode: 'No results code found here. A code starts with R2. (or R1.) and is one long word.',
		tooManyLessons: (n: number, max: number) =>
			`This code claims ${n} lessons but the course has ${max}, so it was not made by this site. ${resend}`,
		unreadHeading: 'Not all of it was read',
		unread: (source: string, characters: number, read: number) =>
			`${source}: only the first ${read.toLocaleString('en')} characters were read; the last ${characters.toLocaleString('en')} were not. Paste fewer codes at a time, or drop the students' files instead.`,
		more: (n: number) => `…and ${n.toLocaleString('en')} more.`,
		rows: (from: number, to: number, of: number) =>
			`Rows ${from.toLocaleString('en')} to ${to.toLocaleString('en')} of ${of.toLocaleString('en')}`,
		pages: 'Pages of the class table',
		previous: 'Previous rows',
		next: 'Next rows',
		duplicate: (name: string) => `Pasted more than once (${name}): counted once.`,
		problems: (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'code' : 'codes'} could not be read`,
		duplicates: (n: number) => `${n.toLocaleString('en')} duplicate ${n === 1 ? 'code' : 'codes'}`,
		tooBig: (file: string) => `${file} is too large to be a results file.`,
		table: 'Class table',
		empty: 'No results yet: paste codes above.',
		count: (students: number, codes: number) =>
			`${students.toLocaleString('en')} ${students === 1 ? 'student' : 'students'}, ${codes.toLocaleString('en')} ${codes === 1 ? 'code' : 'codes'}.`,
		flaggedCount: (n: number) =>
			`${n.toLocaleString('en')} ${n === 1 ? 'code fails' : 'codes fail'} a check: flagged in the table with the reason, and left out of the item analysis.`,
		student: 'Student',
		lesson: 'Lesson',
		attempts: 'Attempts',
		firstAttempt: 'First attempt',
		bestAttempt: 'Best attempt',
		firstTries: 'First tries',
		firstTriesHint:
			'Practice only: the first attempt’s points on each question’s first check, before any hint or second try.',
		time: 'Time',
		finished: 'Finished',
		notes: 'Notes',
		scoreCell: (earned: number, max: number, percent: number) => `${earned}/${max} (${percent}%)`,
		bestCell: (earned: number, max: number, percent: number, attempt: number, attempts: number) =>
			attempts > 1 ? `${earned}/${max} (${percent}%), attempt ${attempt}` : `${earned}/${max} (${percent}%)`,
		firstTryCell: (earned: number | null, max: number) => (earned === null ? '—' : `${earned}/${max}`),
		minutes: (n: number) => (n < 1 ? 'under 1 min' : `${n} min`),
		tableHint:
			'The first attempt is what the student could do before any retry: it is the one the item analysis uses. The best attempt is the highest score of all their attempts. Time is from opening the lesson to finishing the first attempt.',
		flag: {
			'other-assignment': 'Another assignment',
			'same-student': 'Same name sent more than once: the latest code that passes its checks counts',
			'look-alike':
				'Possibly the same student as another name that looks the same (letters from another alphabet, or invisible characters): compare their codes below',
			'checks-elsewhere':
				'Another lesson in this code fails a check, so the whole code is left out of the analysis'
		},
		issue: (i: Issue) => issues[i.code](i),
		sameHeading: 'Codes that may be one student’s',
		sameHint:
			'The same name sent more than once, or names that look the same, with every attempt and when it was made. A student who clears the browser (or uses a private window or another browser) can take a test again: without a server this cannot be prevented, only seen here, as attempt 1 twice at two times.',
		sameName: (name: string) => `Sent more than once as ${name}`,
		lookAlike: (names: string[]) => `Possibly the same student: ${names.join(' · ')}`,
		code: 'Code',
		codeNumber: (n: number, clean: boolean) => (clean ? `code ${n}` : `code ${n} (fails a check)`),
		attempt: 'Attempt',
		score: 'Score',
		opened: 'Lesson opened',
		leftOut: 'Left out of the item analysis.',
		difficulty: 'Questions most students missed',
		difficultyHint:
			'Only questions someone missed, the most missed first. First attempts, latest code per student, this assignment only. Missed means less than full marks.',
		noneMissed: 'No student missed a question on their first attempt.',
		question: 'Question',
		missed: 'Missed',
		missedCell: (missed: number, answered: number) => `${missed} of ${answered}`,
		pointsEarned: 'Points earned',
		analysis: 'Item analysis',
		analysisHint: (min: number) =>
			`How each question worked, from each student’s first attempt (latest code per student, this assignment only; codes that fail a check are left out). Right means full marks. “Separates” is the correlation between a question’s points and the rest of the lesson’s points: from 0.3 up, students who did well overall tend to get it right; near 0 or below, the question does not tell stronger from weaker readers, so check its key and wording. It needs at least ${min} students. For choice questions, how many picked each option: a wrong option many picked is a common wrong idea.`,
		analysisEmpty: 'Nothing to analyse yet: no code for this assignment passes its checks.',
		lessonStudents: (lesson: string, n: number) =>
			`${lesson}: ${n.toLocaleString('en')} ${n === 1 ? 'student' : 'students'}`,
		right: 'Right',
		separates: 'Separates',
		choices: 'Choices',
		rightCell: (right: number, students: number, percent: number) => `${right} of ${students} (${percent}%)`,
		separation: (s: Separation, level: 'good' | 'fair' | 'weak' | 'negative' | 'unknown') => {
			if (s.kind === 'few') return `Too few students to tell (${s.students}; needs ${s.needed})`;
			if (s.kind === 'same') return 'Everyone scored the same: nothing to compare';
			const r = s.r.toFixed(2).replace('-0.00', '0.00');
			const words = {
				good: 'separates well',
				fair: 'separates somewhat',
				weak: 'separates little',
				negative: 'weaker students did better: check the key and wording',
				unknown: ''
			};
			return `${r}: ${words[level]}`;
		},
		choiceCell: (text: string, count: number) => `${text} (${count})`,
		noChoice: (n: number) => `No choice recorded: ${n}`,
		keyedChoice: (text: string, count: number) => `${text} (${count})`,
		key: 'Key',
		facility: 'Facility',
		facilityCell: (percent: number) => `${percent}% of the points, first attempt`,
		firstTryFacility: 'First-try facility',
		firstTryFacilityCell: (percent: number | null, students: number) =>
			percent === null
				? 'No first tries (test mode)'
				: `${percent}% at the first check (${students} ${students === 1 ? 'student' : 'students'} in practice)`,
		wrongMost: 'Most chosen wrong answer',
		wrongCell: (text: string, count: number, percent: number) =>
			`“${text}”: ${count} ${count === 1 ? 'student' : 'students'} (${percent}%)`,
		noWrong: 'No student chose a wrong answer.',
		idea: 'The wrong idea behind it',
		why: 'The lesson’s explanation',
		sortBy: 'Order the questions',
		orders: {
			order: 'As in the lesson',
			facility: 'Hardest first (lowest facility)',
			discrimination: 'Weakest discrimination first',
			wrong: 'Most chosen wrong answer first'
		} satisfies Record<ItemOrder, string>,
		downloadItems: 'Download item analysis (CSV)',
		itemsCsv: {
			lesson: 'Lesson',
			number: 'Question',
			id: 'Question id',
			question: 'Prompt',
			students: 'Students',
			right: 'Right (full marks)',
			facility: 'Facility %',
			firstTry: 'First-try facility % (practice)',
			discrimination: 'Discrimination (r)',
			key: 'Key',
			wrong: 'Most chosen wrong answer',
			wrongCount: 'Students who chose it',
			idea: 'Wrong idea'
		},
		classes: {
			heading: 'Your classes',
			intro:
				'Keep a class in this browser: the codes you paste or drop go into it, each once, and it is here when you come back. Nothing leaves this browser. To move a class to another computer, export its file and import it there.',
			choose: 'Class',
			none: 'No class (keep nothing)',
			option: (name: string, codes: number) =>
				`${name} (${codes.toLocaleString('en')} ${codes === 1 ? 'code' : 'codes'})`,
			newName: 'New class',
			newHint:
				'A name you will know it by, such as “Period 2, lesson 1”. The assignment link below is kept with it.',
			create: 'Keep this class',
			open: (name: string, codes: number) =>
				`Open: ${name}, ${codes.toLocaleString('en')} ${codes === 1 ? 'code' : 'codes'} kept in this browser. New codes go into it.`,
			added: (added: number, already: number) =>
				`${added.toLocaleString('en')} ${added === 1 ? 'code' : 'codes'} added` +
				(already ? `; ${already.toLocaleString('en')} already in the class, not added again.` : '.'),
			export: 'Export class file',
			import: 'Import a class file',
			imported: (name: string, added: number) =>
				`Imported ${name}: ${added.toLocaleString('en')} new ${added === 1 ? 'code' : 'codes'}.`,
			fileError: {
				'not-json': 'This file is not a class file (it is not JSON).',
				'not-a-class': 'This file is not a class file from this site.',
				newer: 'This class file was made by a newer version of this site. Reload this page and try again.',
				invalid: 'This class file has been changed or damaged, so it was not imported.'
			} satisfies Record<ClassFileError, string>,
			forget: 'Forget this class',
			confirmForget: (name: string) => `Yes, forget ${name} in this browser`,
			keepIt: 'Keep it',
			forgotten: (name: string) => `${name} is no longer kept in this browser.`,
			unavailable:
				'This browser does not let the page keep classes (its storage is blocked or full): the table works, but paste the codes again next time.'
		},
		download: 'Download CSV',
		source: 'From',
		pasted: 'Pasted text'
	},
	csv: {
		student: 'Student',
		lesson: 'Lesson',
		attempts: 'Attempts',
		first: 'First attempt',
		best: 'Best attempt',
		max: 'Max',
		firstPercent: 'First attempt %',
		bestPercent: 'Best attempt %',
		passed: 'Passed (any attempt)',
		firstTry: 'First tries (practice)',
		started: 'Started (UTC)',
		finished: 'First attempt finished (UTC)',
		minutes: 'Minutes',
		assignment: 'Assignment',
		flags: 'Flags',
		question: (lesson: string, n: number, id: string, max: number) =>
			`${lesson} Q${n} (${id}, ${max} ${max === 1 ? 'pt' : 'pts'})`,
		yes: 'yes',
		no: 'no',
		flag: {
			'other-assignment': 'other assignment',
			'same-student': 'same student more than once',
			'look-alike': 'possibly the same student (look-alike name)',
			'checks-elsewhere': 'another lesson in this code fails a check'
		}
	},
	linkErrors,
	linkError,
	codeErrors: {
		empty: 'There is no code here. Paste the code your student sent you.',
		tooLong: 'This is far longer than any results code, so it was not read.',
		notACode: 'This is not a results code: a code starts with R2. (or R1.) and has two dots.',
		newer: 'This code was made by a newer version of this site. Reload this page and try again.',
		truncated: `This code is incomplete: its end is missing. ${resend}`,
		typo: `This code has been changed: a character is wrong, missing or extra, so its check number does not match. ${resend}`,
		damaged: `This code has the right check number but its contents are not results from this site. ${resend}`
	}
};
