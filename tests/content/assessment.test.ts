// The assessment lint (src/lib/content/assessment.ts): the real course must pass every rule, and
// each rule must be able to fail (small fixtures below). `npm run lint:quizzes` prints the figures.
import { describe, expect, it } from 'vitest';
import {
	assessCourse,
	fleschKincaid,
	formatProblem,
	giveaways,
	LIMITS,
	readingParts,
	syllables,
	type Assessment,
	type QuestionView
} from '$lib/content/assessment';
import { parseCourse } from '$lib/content/validate';
import type { Lesson } from '$lib/content/types';
import { readLessonFolders } from './read-folders';

const folders = readLessonFolders('lessons');
const course = parseCourse(folders);
const markdown = Object.fromEntries(folders.map((f) => [f.folder.slice(3), f.markdown]));
const real = assessCourse(course, markdown);

const RULES = [
	'level',
	'levels',
	'transfer',
	'passage',
	'giveaway',
	'readability',
	'key-positions',
	'multiple-keys',
	'true-false',
	'longest-option',
	'hedged-option'
];

describe('the real course', () => {
	it.each(RULES)('passes the rule "%s"', (rule) => {
		const found = real.problems.filter((p) => p.rule === rule).map(formatProblem);
		expect(found, found.join('\n')).toEqual([]);
	});

	it('has 50 to 60 questions', () => {
		expect(real.course.questions).toBeGreaterThanOrEqual(50);
		expect(real.course.questions).toBeLessThanOrEqual(60);
	});

	it('has highlight questions in at least two lessons', () => {
		expect(real.lessons.filter((l) => l.highlight > 0).length).toBeGreaterThanOrEqual(2);
	});
});

// ---------------------------------------------------------------------------------------------
// Fixtures: a lesson is only what the lint reads.

type Q = QuestionView;
const lesson = (slug: string, questions: Q[]): Lesson =>
	({
		slug,
		order: 10,
		title: slug,
		summary: '',
		objectives: [],
		terms: [],
		teacher: { prompts: [] },
		words: 0,
		minutes: 1,
		paragraphs: [],
		quiz: { passMark: 70, questions }
	}) as unknown as Lesson;
const plainMd = '---\ntitle: x\n---\n\nThe cat sat on the mat. The dog ran to the park.\n';
const assess = (...lessons: Lesson[]): Assessment =>
	assessCourse(lessons, Object.fromEntries(lessons.map((l) => [l.slug, plainMd])));
const rule = (a: Assessment, name: string) => a.problems.filter((p) => p.rule === name);

const opts = (...texts: string[]) => texts.map((text, i) => ({ id: 'abcdefgh'.charAt(i), text }));
let n = 0;
const single = (answer: string, texts = ['Red', 'Blue', 'Green', 'Brown'], level = 'understand'): Q => ({
	id: `s${++n}`,
	kind: 'single',
	level,
	prompt: 'Which colour?',
	options: opts(...texts),
	answer
});
const trueFalse = (answer: boolean): Q => ({
	id: `t${++n}`,
	kind: 'true-false',
	level: 'understand',
	prompt: 'True or false: so.',
	answer
});
const multiple = (answer: string[]): Q => ({
	id: `m${++n}`,
	kind: 'multiple',
	level: 'understand',
	prompt: 'Which colours?',
	options: opts('Red', 'Blue', 'Green', 'Brown', 'Black'),
	answer
});

describe('key positions: no position holds more than 35 % of single and evidence keys', () => {
	it('fails when the first option is always the key', () => {
		const a = assess(lesson('x', [single('a'), single('a'), single('a'), single('b')]));
		expect(rule(a, 'key-positions')[0]?.message).toMatch(/3 of 4 .*\(75 %\) are the 1st option/);
	});
	it('passes when keys are spread', () => {
		expect(rule(assess(lesson('x', [single('a'), single('b'), single('c')])), 'key-positions')).toEqual([]);
	});
	it('counts the evidence passage key as well as the part-A key', () => {
		const evidence: Q = {
			id: 'e',
			kind: 'evidence',
			level: 'analyse',
			prompt: 'Why?',
			options: opts('Yes', 'No', 'Maybe'),
			answer: 'b',
			evidencePrompt: 'Which sentence?',
			passages: opts('One.', 'Two.', 'Three.'),
			evidence: 'b'
		};
		const a = assess(lesson('x', [evidence, single('a'), single('c')]));
		expect(a.course.keyPositions).toEqual([1, 2, 1]);
		expect(rule(a, 'key-positions')).toHaveLength(1);
	});
});

describe('multiple-choice keys are spread over positions', () => {
	it('fails when the keys are the first options, and when a position never holds a key', () => {
		const a = assess(lesson('x', [multiple(['a', 'b']), multiple(['a']), multiple(['a', 'b', 'c'])]));
		const messages = rule(a, 'multiple-keys').map((p) => p.message);
		expect(messages).toContainEqual(expect.stringMatching(/3 of 3 .* key exactly their first options/));
		expect(messages).toContainEqual(
			expect.stringMatching(/no multiple-choice question has a key in the 4th/)
		);
	});
	it('passes when keys sit in different places', () => {
		const a = assess(lesson('x', [multiple(['b', 'd']), multiple(['a', 'c']), multiple(['c', 'e'])]));
		expect(rule(a, 'multiple-keys')).toEqual([]);
	});
});

describe('true/false: 40–60 % of statements are true', () => {
	it('fails at 1 true of 4', () => {
		const a = assess(lesson('x', [trueFalse(false), trueFalse(false), trueFalse(false), trueFalse(true)]));
		expect(rule(a, 'true-false')[0]?.message).toMatch(/1 of 4 .* are true \(25 %/);
	});
	it('passes at 1 of 2', () => {
		expect(rule(assess(lesson('x', [trueFalse(false), trueFalse(true)])), 'true-false')).toEqual([]);
	});
});

describe('longest option: the key is the strictly longest option in at most a quarter of choice questions', () => {
	const long = (answer: string) =>
		single(answer, ['A short one', 'The right answer, written out at length', 'Brief']);
	it('fails when the key is always the longest', () => {
		const a = assess(lesson('x', [long('b'), long('b'), single('a')]));
		expect(rule(a, 'longest-option')[0]?.message).toMatch(/in 2 of 3 choice questions/);
	});
	it('counts a multiple-choice question when any key is longest, and ties do not count', () => {
		const tie = single('a', ['Same size', 'Same size']);
		const m = multiple(['e']); // "Black" and "Brown" are the longest, tied: no count
		const a = assess(lesson('x', [tie, m, single('a', ['A long answer here', 'Short'])]));
		expect(a.course.longest.count).toBe(1);
	});
});

describe('hedged option: the key is the only hedged option in at most a quarter of questions', () => {
	it('fails when only the key hedges', () => {
		const hedged = () => single('c', ['It happened', 'It was ordered', 'It may happen']);
		const a = assess(lesson('x', [hedged(), hedged(), single('a')]));
		expect(rule(a, 'hedged-option')).toHaveLength(1);
	});
	it('passes when a wrong option hedges too', () => {
		const a = assess(lesson('x', [single('c', ['It might be ordered', 'It happened', 'It may happen'])]));
		expect(rule(a, 'hedged-option')).toEqual([]);
	});
});

describe('levels and transfer, per lesson', () => {
	it('fails with more than half recall, fewer than two analyse, a missing level and no transfer', () => {
		const qs = [
			single('a', undefined, 'recall'),
			single('b', undefined, 'recall'),
			single('c', undefined, 'analyse')
		];
		const a = assess(lesson('x', [...qs, { ...single('d'), level: undefined }]));
		expect(rule(a, 'levels').map((p) => p.message)).toEqual([
			expect.stringMatching(/1 analyse question\(s\); at least 2/)
		]);
		expect(rule(a, 'level')).toHaveLength(1);
		expect(rule(a, 'transfer')[0]).toMatchObject({ lesson: 'x' });
		const b = assess(
			lesson('y', [single('a', undefined, 'recall'), single('b', undefined, 'recall'), single('c')])
		);
		expect(rule(b, 'levels').map((p) => p.message)).toContainEqual(
			expect.stringMatching(/2 of 3 .* are recall/)
		);
	});
	it('passes with two analyse, half recall and an invented text', () => {
		const transfer = { ...single('b', undefined, 'analyse'), invented: { label: 'a post', text: 'Hi.' } };
		const qs = [
			single('a', undefined, 'recall'),
			single('c', undefined, 'analyse'),
			transfer,
			single('d', undefined, 'recall')
		];
		const a = assess(lesson('x', qs));
		expect([...rule(a, 'levels'), ...rule(a, 'level'), ...rule(a, 'transfer')]).toEqual([]);
		expect(a.lessons[0]?.levels).toEqual({ recall: 2, understand: 0, analyse: 2, none: 0 });
	});
});

describe('passages stand alone', () => {
	it('fails on a passage that opens with a pronoun', () => {
		const q: Q = {
			id: 'e',
			kind: 'evidence',
			level: 'analyse',
			prompt: 'What stage?',
			options: opts('Plans', 'Strikes'),
			answer: 'a',
			evidencePrompt: 'Which sentence?',
			passages: opts('It does not describe any action.', 'The report describes plans.'),
			evidence: 'a'
		};
		expect(rule(assess(lesson('x', [q])), 'passage')[0]?.message).toMatch(/passage a starts with "It"/);
	});
});

describe('giveaways: another question of the lesson states a keyed answer', () => {
	// The giveaways an editor found in the first version of the course (issue #12).
	it('a timeline item states the answer to "what was due by mid-September?"', () => {
		const due: Q = {
			id: 'mid-september',
			kind: 'single',
			prompt: 'According to the report, what was due by mid-September?',
			options: opts('The finished plans', 'The first US strikes in Mexico', "Mexico's formal approval"),
			answer: 'a'
		};
		const timeline: Q = {
			id: 'timeline',
			kind: 'order',
			prompt: 'Put these in order.',
			items: opts('The order is reported', 'Mid-September, the target date for the plans')
		};
		expect(giveaways('x', [due, timeline])).toEqual([
			expect.objectContaining({
				question: 'mid-september',
				message: expect.stringMatching(/read off timeline/)
			})
		]);
	});
	it('an option states the number of sources', () => {
		const count: Q = {
			id: 'how-many',
			kind: 'numeric',
			prompt: 'How many sources did he rely on?',
			answer: 3
		};
		const basis: Q = {
			id: 'rests-on',
			kind: 'multiple',
			prompt: 'What does the story rest on?',
			options: opts('Three unnamed military sources', 'A press release', 'A court ruling'),
			answer: ['a']
		};
		expect(giveaways('x', [count, basis]).map((p) => p.question)).toEqual(['how-many']);
	});
	it('a typed answer appears in another prompt', () => {
		const typed: Q = {
			id: 'which',
			kind: 'text',
			prompt: 'Which command?',
			answers: ['NORTHCOM', 'Northern Command']
		};
		const other: Q = {
			id: 'other',
			kind: 'true-false',
			prompt: 'True or false: NORTHCOM is old.',
			answer: false
		};
		expect(giveaways('x', [typed, other])).toHaveLength(1);
	});
	it('a figure written another way is the same figure', () => {
		const figure: Q = { id: 'deaths', kind: 'numeric', prompt: 'Type the figure.', answer: 225000 };
		const other: Q = {
			id: 'other',
			kind: 'true-false',
			prompt: 'True or false: 225 000 is one year.',
			answer: false
		};
		expect(giveaways('x', [figure, other])).toHaveLength(1);
	});
	it('does not flag topic words that the key shares with its own wrong options', () => {
		const q: Q = {
			id: 'stage',
			kind: 'single',
			prompt: 'What stage had things reached?',
			options: opts('Plans for strikes in Mexico', 'Strikes in Mexico under way'),
			answer: 'a'
		};
		const other: Q = {
			id: 'other',
			kind: 'true-false',
			prompt: 'True or false: Mexico has approved strikes.',
			answer: false
		};
		expect(giveaways('x', [q, other])).toEqual([]);
	});
	it('does not flag one shared word without the question’s subject', () => {
		const q: Q = {
			id: 'date',
			kind: 'single',
			prompt: 'What was mid-September the target date for?',
			options: opts('Having the plans ready', 'The first strikes on cartel targets'),
			answer: 'a'
		};
		const other: Q = {
			id: 'other',
			kind: 'single',
			prompt: 'How do the order and the plans differ?',
			options: opts('The order sets a date; the plans list targets', 'They are the same'),
			answer: 'b'
		};
		expect(giveaways('x', [q, other])).toEqual([]);
	});
});

describe('readability', () => {
	it('counts syllables within one of a dictionary, and exactly on most words', () => {
		const dictionary: Record<string, number> = {
			the: 1,
			cooperation: 5,
			created: 3,
			table: 2,
			made: 1,
			states: 1,
			forces: 2,
			wanted: 2,
			asked: 1,
			media: 3,
			special: 2,
			official: 3,
			period: 3,
			nation: 2,
			serious: 3,
			actual: 3,
			situation: 4,
			largely: 2,
			military: 4,
			government: 3,
			journalist: 3,
			unilateral: 5,
			preparation: 4,
			intelligence: 4,
			surveillance: 3,
			people: 2,
			country: 2,
			president: 3,
			organisation: 5,
			designation: 4,
			escalation: 4,
			responsibility: 6,
			violence: 3,
			reportedly: 4,
			confirmed: 2,
			immediate: 4,
			assessment: 3,
			independent: 4,
			anonymous: 4,
			possible: 3
		};
		const words = Object.keys(dictionary);
		const off = words.filter((w) => Math.abs(syllables(w) - (dictionary[w] ?? 0)) > 1);
		const exact = words.filter((w) => syllables(w) === dictionary[w]);
		expect(off).toEqual([]);
		expect(exact.length / words.length).toBeGreaterThanOrEqual(0.85);
		expect(syllables('2025')).toBe(2);
	});
	it('grades short plain sentences low and long abstract ones high', () => {
		expect(fleschKincaid('The cat sat on the mat. The dog ran to the park.').grade).toBeLessThan(2);
		const hard =
			'International humanitarian considerations notwithstanding, the administration’s unilateral authorisation of extraterritorial operations constitutes a considerable institutional escalation.';
		expect(fleschKincaid(hard).grade).toBeGreaterThan(16);
		expect(fleschKincaid('One. Two three. Four five six.')).toMatchObject({ sentences: 3, words: 6 });
	});
	it('splits a reading into main text and Background, without frontmatter, headings or markers', () => {
		const md =
			'---\ntitle: x\n---\n\n## Intro\n\nMain **one**. {#a}\n\n## Background: more\n\nExtra.\n\n## Looking back\n\nMain two.\n';
		expect(readingParts(md)).toEqual({ main: 'Main one.\n\nMain two.', background: 'Extra.' });
	});
	it('fails a lesson whose Background reads above grade 10', () => {
		const hard =
			'## Background\n\nInternational humanitarian considerations notwithstanding, institutional authorisation of extraterritorial operations constitutes considerable escalation.\n';
		const a = assessCourse([lesson('x', [])], { x: `---\ntitle: x\n---\n\nThe cat sat.\n\n${hard}` });
		expect(rule(a, 'readability').map((p) => p.message)).toEqual([
			expect.stringMatching(/^Background reads at grade \d+(\.\d)? \(at most 10\)$/)
		]);
		expect(LIMITS.maxBackgroundGrade).toBe(10);
	});
});
