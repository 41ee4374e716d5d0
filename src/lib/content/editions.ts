// A lesson's editions must have the same structure: the Spanish `index.es.md`, `quiz.es.yaml` and
// `diagrams.es.yaml` beside the English files (issue #16). Wording is free; everything a score, a
// results code, a link to a paragraph or a printed answer key depends on is not: paragraph ids
// and their order; question ids and their order; each question's kind, level, paragraph and keys;
// choice, item, pair, passage and part ids and their written order (so the two editions print
// alike); numeric answers and tolerances; which optional fields are present; the number of
// objectives, key terms and teacher prompts, and each term's paragraph; and the diagrams' shape
// (`translationProblems` in diagrams.ts: ids, kinds, counts, styles, which labels are present).
//
// Pure: takes both editions already parsed by `parseLesson` (validate.ts) and returns every
// difference as a problem naming the edition's file and the field, for example
// `lessons/20-sovereignty/quiz.es.yaml: questions[3].answer: "b" differs from the English key "c"`.
// The build (`parseEditions`, below) and tests/content/editions.test.ts call it.
import { DEFAULT_LANGUAGE, editionFile, type Language } from '../i18n/languages';
import { translationProblems } from './diagrams';
import type { Lesson } from './types';
import { parseCourse, type LessonFiles } from './validate';

export interface EditionProblem {
	/** The edition's file, e.g. `lessons/20-sovereignty/quiz.es.yaml`. */
	file: string;
	/** The field, e.g. `questions[3].answer`; '' for the file as a whole. */
	path: string;
	message: string;
}

/**
 * Fields that are wording, free to differ between editions (only their presence must match).
 * Everything else in a question is structure and must be equal.
 */
const WORDING = new Set([
	'prompt',
	'explanation',
	'evidencePrompt',
	'text',
	'left',
	'right',
	'label',
	'unit',
	'answers',
	'mistakes'
]);
/** Fields whose value is a key: a difference is reported as "differs from the English key". */
const KEYS = new Set(['answer', 'evidence', 'tolerance']);

const show = (value: unknown) => JSON.stringify(value);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
const isRecord = (value: unknown): value is Record<string, unknown> =>
	!!value && typeof value === 'object' && !Array.isArray(value);
const hasIds = (list: unknown[]): list is { id: string }[] =>
	list.length > 0 && list.every((x) => isRecord(x) && typeof x.id === 'string');

type Report = (path: string, message: string) => void;

/**
 * Two lists of ids: what is missing, what is extra, and whether the shared ids keep their order.
 * `what` names one element ("question", "paragraph id", "option"); paths use the edition's index.
 */
function compareIds(
	report: Report,
	path: string,
	english: string[],
	edition: string[],
	what: string,
	at = (i: number) => `${path}[${i}]`
) {
	for (const [i, id] of english.entries())
		if (!edition.includes(id))
			report(path, `the ${what} "${id}" is missing (the English has it at ${at(i)})`);
	for (const [i, id] of edition.entries())
		if (!english.includes(id)) report(at(i), `the ${what} "${id}" is not in the English`);
	const a = english.filter((id) => edition.includes(id));
	const b = edition.filter((id) => english.includes(id));
	if (a.join('\n') !== b.join('\n'))
		report(
			path,
			`the ${what}s are in another order than the English: ${b.join(', ')} (English: ${a.join(', ')})`
		);
}

/** Structure of one value of a question against the English, recursively. */
function compareValue(report: Report, path: string, key: string, english: unknown, edition: unknown) {
	if (WORDING.has(key)) {
		// Wording: free, but a list of accepted answers still needs at least one entry, as in English.
		if (Array.isArray(english) && (!Array.isArray(edition) || edition.length === 0))
			report(path, 'must be a list of at least one entry, as in the English');
		return;
	}
	if (Array.isArray(english) && Array.isArray(edition)) {
		if (hasIds(english) && (hasIds(edition) || edition.length === 0)) {
			const a = english.map((x) => x.id);
			const b = (edition as { id: string }[]).map((x) => x.id);
			compareIds(report, path, a, b, 'id');
			for (const [i, item] of (edition as { id: string }[]).entries()) {
				const match = english.find((x) => x.id === item.id);
				if (match) compareRecord(report, `${path}[${i}]`, match, item);
			}
			return;
		}
		if (english.every((x) => !isRecord(x)) && edition.every((x) => !isRecord(x))) {
			// A list of keys (ids of the right options or parts): the same members, in any order.
			const a = [...english].map(String).sort();
			const b = [...edition].map(String).sort();
			if (a.join('\n') !== b.join('\n'))
				report(
					path,
					`${show(edition)} differs from the English ${KEYS.has(key) ? 'key ' : ''}${show(english)}`
				);
			return;
		}
	}
	if (isRecord(english) && isRecord(edition)) {
		compareRecord(report, path, english, edition);
		return;
	}
	if (english !== edition)
		report(path, `${show(edition)} differs from the English ${KEYS.has(key) ? 'key ' : ''}${show(english)}`);
}

function compareRecord(
	report: Report,
	path: string,
	english: Record<string, unknown>,
	edition: Record<string, unknown>
) {
	for (const key of Object.keys(english)) {
		if (english[key] === undefined) continue;
		if (edition[key] === undefined) report(join(path, key), 'is missing (the English has it)');
		else compareValue(report, join(path, key), key, english[key], edition[key]);
	}
	for (const key of Object.keys(edition))
		if (edition[key] !== undefined && english[key] === undefined)
			report(join(path, key), 'is not in the English');
}

/**
 * Every difference in structure between a lesson's English and another edition of it, both
 * parsed by `parseLesson`. `folder` is the lesson's folder under lessons/ (e.g. `20-sovereignty`).
 */
export function compareEditions(
	folder: string,
	english: Lesson,
	edition: Lesson,
	language: Language = 'es'
): EditionProblem[] {
	const mdFile = `lessons/${folder}/${editionFile('index.md', language)}`;
	const quizFile = `lessons/${folder}/${editionFile('quiz.yaml', language)}`;
	const diagramsFile = `lessons/${folder}/${editionFile('diagrams.yaml', language)}`;
	const problems: EditionProblem[] = [];
	const inMarkdown: Report = (path, message) => problems.push({ file: mdFile, path, message });
	const inQuiz: Report = (path, message) => problems.push({ file: quizFile, path, message });

	// index.<language>.md: frontmatter counts and the paragraph ids.
	const counts: [string, string, number, number][] = [
		['objectives', 'objective', english.objectives.length, edition.objectives.length],
		['terms', 'term', english.terms.length, edition.terms.length],
		['teacher.prompts', 'prompt', english.teacher.prompts.length, edition.teacher.prompts.length]
	];
	for (const [path, what, a, b] of counts)
		if (a !== b) inMarkdown(path, `has ${plural(b, what)}; the English has ${a}`);
	// Key terms: wording is free, but any other field (a paragraph reference, say) must be the same.
	english.terms.forEach((term, i) => {
		const other = edition.terms[i];
		if (!other) return;
		const rest = (t: object) =>
			Object.fromEntries(Object.entries(t).filter(([k]) => k !== 'term' && k !== 'definition'));
		const [restA, restB] = [rest(term), rest(other)];
		compareRecord(inMarkdown, `terms[${i}]`, restA, restB);
	});
	if (!!english.teacher.extension !== !!edition.teacher.extension)
		inMarkdown(
			'teacher.extension',
			english.teacher.extension ? 'is missing (the English has it)' : 'is not in the English'
		);
	compareIds(
		inMarkdown,
		'',
		english.paragraphs,
		edition.paragraphs,
		'paragraph id',
		(i) => `paragraph ${i + 1}`
	);

	// quiz.<language>.yaml: the pass mark, then the questions by id.
	if (english.quiz.passMark !== edition.quiz.passMark)
		inQuiz('passMark', `${edition.quiz.passMark} differs from the English ${english.quiz.passMark}`);
	const a = english.quiz.questions.map((q) => q.id);
	const b = edition.quiz.questions.map((q) => q.id);
	compareIds(inQuiz, 'questions', a, b, 'question');
	edition.quiz.questions.forEach((q, i) => {
		const match = english.quiz.questions.find((e) => e.id === q.id);
		if (match)
			compareRecord(
				inQuiz,
				`questions[${i}]`,
				match as unknown as Record<string, unknown>,
				q as unknown as Record<string, unknown>
			);
	});

	// diagrams.<language>.yaml: the same diagrams, ids, kinds, counts and styles (diagrams.ts).
	if (english.diagrams.length && !edition.diagrams.length)
		problems.push({
			file: diagramsFile,
			path: '',
			message: `is missing: the English has ${plural(english.diagrams.length, 'diagram')} (${english.diagrams.map((d) => d.id).join(', ')})`
		});
	else
		for (const p of translationProblems(english.diagrams, edition.diagrams))
			problems.push({ file: diagramsFile, ...p });
	return problems;
}

/** One line per problem: `file: path: message`. */
export function formatEditionProblem(p: EditionProblem): string {
	return `${p.file}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
}

/**
 * Every edition of the course, checked as the build loads it: each lesson is parsed in every
 * language (a missing file fails like a broken one), and each other edition must have the same
 * structure as the English. The first problem stops the build, naming the file and field of
 * every difference.
 */
export function parseEditions(
	folders: string[],
	read: (folder: string, language: Language) => LessonFiles,
	languages: readonly Language[]
): Record<Language, Lesson[]> {
	const editions = Object.fromEntries(
		languages.map((language) => [language, parseCourse(folders.map((f) => read(f, language)))])
	) as Record<Language, Lesson[]>;
	const english = editions[DEFAULT_LANGUAGE];
	const problems = languages
		.filter((language) => language !== DEFAULT_LANGUAGE)
		.flatMap((language) =>
			english.flatMap((lesson) => {
				const other = editions[language].find((l) => l.slug === lesson.slug)!;
				const folder = folders.find((f) => f.endsWith(`-${lesson.slug}`))!;
				return compareEditions(folder, lesson, other, language);
			})
		);
	if (problems.length) {
		throw new Error(`The editions differ in structure:\n${problems.map(formatEditionProblem).join('\n')}`);
	}
	return editions;
}
