// What every export shares: the lesson as the exports see it (its questions as validated, the
// addresses of its reading and paragraphs), each item's course id, the feedback text, and the
// losses a format reports (docs/lms.md lists them; the download panel shows them).
import type { Question } from '../quiz/kinds';
import type { Language } from '../i18n/languages';

export interface ExportLesson {
	slug: string;
	title: string;
	summary: string;
	language: Language;
	/** The reading's address (absolute when the site is built with SITE_ORIGIN). */
	url: string;
	questions: Question[];
}

export const FORMATS = ['cc', 'qti', 'moodle', 'gift', 'kahoot', 'quizizz', 'blooket'] as const;
export type Format = (typeof FORMATS)[number];

/** Why a question lost something in a format: a code, worded by the i18n modules. */
export type LossCode =
	| 'evidence-split'
	| 'highlight-list'
	| 'order-letters'
	| 'order-matching'
	| 'order-all-or-nothing'
	| 'match-split'
	| 'multiple-all-or-nothing'
	| 'numeric-tolerance'
	| 'numeric-unit'
	| 'text-folding'
	| 'not-held'
	| 'too-many-options'
	| 'shortened'
	| 'arrow-in-pair';

export interface Loss {
	format: Format;
	lesson: string;
	question: string;
	code: LossCode;
}

/** The id an item keeps in every format: lesson slug and question id. */
export const courseId = (slug: string, id: string) => `${slug}/${id}`;

/** The link back to the paragraph a question tests. */
export const paragraphUrl = (lesson: ExportLesson, q: Question) => `${lesson.url}#${q.paragraph}`;

export const escapeXml = (s: string) =>
	s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');

/** A question's prompt with the short text a transfer question shows above it. */
export const promptOf = (q: Question) =>
	q.invented?.text && q.kind !== 'highlight' ? `${q.invented.text}\n\n${q.prompt}` : q.prompt;

/** Letters for positions: A, B, … */
export const letter = (i: number) => String.fromCharCode(65 + i);

/** The question's parts as portable single/multiple-answer items, for formats without its kind. */
export interface ChoiceItem {
	/** Course id, with `#a`/`#b` for an evidence question's two parts, `#<pair>` for a match split. */
	id: string;
	prompt: string;
	options: string[];
	/** Indexes of the right options. */
	correct: number[];
	multiple: boolean;
	explanation: string;
	link: string;
}

/**
 * The question as single- and multiple-answer items where it can be one (or two, for evidence):
 * single, multiple, true/false, evidence (two linked items) and highlight (multiple response over
 * the passage's parts). Null for the kinds that are not choices.
 */
export function asChoices(
	lesson: ExportLesson,
	q: Question,
	words: { true: string; false: string; partA: string; partB: string }
): ChoiceItem[] | null {
	const id = courseId(lesson.slug, q.id);
	const base = { explanation: q.explanation, link: paragraphUrl(lesson, q) };
	switch (q.kind) {
		case 'single':
			return [
				{
					...base,
					id,
					prompt: promptOf(q),
					options: q.options.map((o) => o.text),
					correct: [q.options.findIndex((o) => o.id === q.answer)],
					multiple: false
				}
			];
		case 'multiple':
			return [
				{
					...base,
					id,
					prompt: promptOf(q),
					options: q.options.map((o) => o.text),
					correct: q.options.flatMap((o, i) => (q.answer.includes(o.id) ? [i] : [])),
					multiple: true
				}
			];
		case 'true-false':
			return [
				{
					...base,
					id,
					prompt: promptOf(q),
					options: [words.true, words.false],
					correct: [q.answer ? 0 : 1],
					multiple: false
				}
			];
		case 'evidence':
			return [
				{
					...base,
					id: `${id}#a`,
					prompt: `${words.partA}: ${promptOf(q)}`,
					options: q.options.map((o) => o.text),
					correct: [q.options.findIndex((o) => o.id === q.answer)],
					multiple: false
				},
				{
					...base,
					id: `${id}#b`,
					prompt: `${words.partB}: ${q.evidencePrompt}`,
					options: q.passages.map((p) => p.text),
					correct: [q.passages.findIndex((p) => p.id === q.evidence)],
					multiple: false
				}
			];
		case 'highlight':
			return [
				{
					...base,
					id,
					prompt: `${q.prompt}\n\n${q.passage.map((p) => p.text).join(' ')}`,
					options: q.passage.map((p) => p.text),
					correct: q.passage.flatMap((p, i) => (q.answer.includes(p.id) ? [i] : [])),
					multiple: true
				}
			];
		default:
			return null;
	}
}

/** What an export says in the lesson's language (the i18n modules give it). */
export interface ExportWords {
	true: string;
	false: string;
	partA: string;
	partB: string;
	reading: string;
	/** "Put these in order: type the letters, first to last (e.g. CADB)." */
	orderHow: string;
	/** "Position" (order as matching: each item to its place). */
	position: (n: number) => string;
	/** "Which description goes with: <term>?" */
	matchPrompt: (left: string) => string;
	/** "Answer in <unit>." */
	inUnit: (unit: string) => string;
}

/** The explanation and the link back to the paragraph, as plain text. */
export const feedbackText = (q: Question, link: string, words: ExportWords) =>
	`${q.explanation}\n${words.reading}: ${link}`;
