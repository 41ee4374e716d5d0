// The assessment lint: what can be counted about whether the quizzes measure reading (issue #12).
// Pure TypeScript, no DOM: takes the parsed course and each lesson's Markdown, returns figures (for
// `npm run lint:quizzes`) and problems (for tests/content/assessment.test.ts).
//
// What it counts, and the limits it holds the course to (LIMITS below):
// - key positions: where the right option sits in the file (print and no-JavaScript readers see the
//   written order). Single-choice keys, evidence part-A keys and evidence passage keys, course-wide;
//   no position may hold more than 35 % of them.
// - multiple-choice keys: no more than a quarter of the questions may key exactly the first options
//   (the old "first 2–3 options" pattern), and every position up to the fourth holds a key somewhere.
// - true/false: 40–60 % of the statements are true, course-wide.
// - longest option: the key is the strictly longest option (by characters) in at most a quarter of
//   choice questions (single; multiple, when any key is longest; evidence part A).
// - hedged option: the key is the only hedged option ("may", "not", "reportedly" …) in at most a
//   quarter of single and evidence questions ("pick the hedged option" must not work).
// - levels: every question has one; per lesson at most half are recall and at least two analyse.
// - transfer: every lesson has at least one question on an invented text (`invented`).
// - stand-alone passages: no evidence passage starts with a pronoun that has nothing to refer to.
// - giveaways: see `giveaways` below; across lessons, `courseGiveaways` (rule "giveaway-course").
// - restated keys: an evidence passage holding most of the keyed option's distinctive words
//   (`restatedKeys`, rule "passage-restates-key").
// - agreement (Spanish only): options that agree with the stem, or match rights with their lefts,
//   in number or gender where a rule can say so (`agreementEs` in assessment-es.ts).
// - readability: Flesch–Kincaid grade of each lesson's main text and of its Background (≤ 10);
//   for the Spanish edition, Szigriszt-Pazos perspicuity on the INFLESZ scale (≥ 55, "normal").
//
// Every rule runs on either edition (`language`: 'en', or 'es' for index.es.md and quiz.es.yaml):
// positions, balance, levels and transfer are counted the same way; the word rules use each
// language's stop words, stemmer, hedge words and pronouns (Spanish in assessment-es.ts).
//
// It cannot judge meaning: a giveaway by paraphrase ("It does not describe any action" answering a
// true/false about strikes) has no shared words. Cover the lesson and answer from the questions
// alone: that test stays with the author.

import { LEVELS, type Level } from '../quiz/fields';
import {
	agreementEs,
	isDanglingEs,
	isHedgedEs,
	NUMBER_WORDS_ES,
	STOP_ES,
	stemEs,
	szigrisztPazos,
	type Perspicuity
} from './assessment-es';
import type { Lesson } from './types';

export type { Perspicuity } from './assessment-es';
/** Which edition is assessed: English (`index.md`, `quiz.yaml`) or Spanish (`*.es.*`). */
export type Language = 'en' | 'es';

export const LIMITS = {
	/** Max share of single + evidence keys (answer and passage) at any one position, course-wide. */
	keyPositionShare: 0.35,
	/** Max share of multiple-choice questions whose keys are exactly the first options. */
	multiplePrefixShare: 0.25,
	/** Multiple-choice keys must appear at each position 1..N somewhere in the course. */
	multiplePositions: 4,
	trueShareMin: 0.4,
	trueShareMax: 0.6,
	/** Max share of choice questions whose key is the strictly longest option. */
	longestShare: 0.25,
	/** Max share of single/evidence questions whose key is the only hedged option. */
	hedgedShare: 0.25,
	/** Per lesson: recall at most this share of questions. */
	recallShare: 0.5,
	/** Per lesson: at least this many analyse questions. */
	minAnalyse: 2,
	minTransfer: 1,
	/** Flesch–Kincaid grade, per lesson. */
	maxBackgroundGrade: 10,
	maxMainGrade: 10,
	/**
	 * Spanish: Szigriszt-Pazos perspicuity, per lesson, main text and Background. 55 is where the
	 * INFLESZ scale's "normal" band starts (secondary-school level), the counterpart of grade 10.
	 */
	minPerspicuity: 55
} as const;

/** The fields the lint reads. Structural, so it reads every question kind the schema has. */
interface Item {
	id: string;
	text: string;
}
export interface QuestionView {
	id: string;
	kind: string;
	level?: string;
	prompt: string;
	options?: Item[];
	answer?: unknown;
	answers?: string[];
	items?: Item[];
	pairs?: { id: string; left: string; right: string }[];
	evidencePrompt?: string;
	passages?: Item[];
	evidence?: string;
	passage?: Item[];
	invented?: { label: string; text?: string };
}

export interface AssessmentProblem {
	rule: string;
	/** Lesson slug, when the problem belongs to one lesson. */
	lesson?: string;
	question?: string;
	message: string;
}

export interface Readability {
	grade: number;
	words: number;
	sentences: number;
	syllables: number;
}

export interface LessonFigures {
	slug: string;
	questions: number;
	kinds: Record<string, number>;
	levels: Record<Level | 'none', number>;
	transfer: number;
	highlight: number;
	/** Flesch–Kincaid (English) or Szigriszt-Pazos (Spanish). */
	main: Readability | Perspicuity;
	background: Readability | Perspicuity | null;
}

export interface CourseFigures {
	questions: number;
	/** Single + evidence keys (answer and passage), counted by position (index 0 = first). */
	keyPositions: number[];
	keyTotal: number;
	/** Multiple-choice: how many keys sit at each position; how many questions key only a prefix. */
	multiplePositions: number[];
	multipleQuestions: number;
	multiplePrefix: number;
	trueFalse: { true: number; total: number };
	longest: { count: number; total: number; questions: string[] };
	hedged: { count: number; total: number; questions: string[] };
	transfer: number;
	highlight: number;
}

export interface Assessment {
	course: CourseFigures;
	lessons: LessonFigures[];
	problems: AssessmentProblem[];
}

const view = (q: unknown) => q as QuestionView;
const share = (n: number, total: number) => (total ? n / total : 0);
const pct = (x: number) => `${Math.round(x * 100)} %`;
const ordinal = (i: number) => ['1st', '2nd', '3rd'][i] ?? `${i + 1}th`;

// ---------------------------------------------------------------------------------------------
// Words

/**
 * Function words and quiz words that say nothing about an answer. A word of fewer than four
 * letters is never distinctive either, unless it is an acronym (CIA) or a number.
 */
const STOP = new Set(
	`about above according after again against also although among another any anyone anything are
	because been before being below best between both cannot could does doing done down during each
	either else even ever every from further give given gives have having here however into itself
	just least less made make makes many more most much must neither never none nothing often only
	other others over part parts same says said should since some such than that their them then
	there these they this those though through under until upon very want what when where whether
	which while whom whose will with within without would your yours
	answer answers apply fits following mark option options passage question questions reading
	report reported reports sentence statement statements tick true false word words text lesson
	invented post headline paragraph describe describes described`.split(/\s+/)
);

const NUMBER_WORDS: Record<string, string> = {
	one: '1',
	two: '2',
	three: '3',
	four: '4',
	five: '5',
	six: '6',
	seven: '7',
	eight: '8',
	nine: '9',
	ten: '10',
	eleven: '11',
	twelve: '12'
};

/** A light stemmer: enough to match "plans" with "plan" and "cartel's" with "cartel". */
function stem(word: string): string {
	let w = word.replace(/['’]s$/, '').replace(/['’]/g, '');
	if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
	else if (w.length > 4 && /[^s]s$/.test(w) && !/(us|is)$/.test(w)) w = w.slice(0, -1);
	return w;
}

const WORDS = {
	en: { stop: STOP, numbers: NUMBER_WORDS, stem },
	es: { stop: STOP_ES, numbers: NUMBER_WORDS_ES, stem: stemEs }
} satisfies Record<Language, unknown>;

/** Distinctive words of a text: stems of content words, acronyms and numbers (as digits). */
export function contentWords(text: string, language: Language = 'en'): Set<string> {
	const { stop, numbers, stem } = WORDS[language];
	const out = new Set<string>();
	const plain = text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		// 225,000 and 225 000 are one number (and 225.000 in Spanish)
		.replace(language === 'es' ? /(\d)[.,\s](?=\d{3}\b)/g : /(\d)[,\s](?=\d{3}\b)/g, '$1');
	for (const raw of plain.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? []) {
		const token = raw.replace(/[-'’]+$/, '');
		const lower = token.toLowerCase();
		if (/^\d+$/.test(token)) {
			out.add(token);
			continue;
		}
		if (numbers[lower]) {
			out.add(numbers[lower]);
			continue;
		}
		const acronym = /^[A-Z]{3,}$/.test(token);
		if (!acronym && (lower.length < 4 || stop.has(lower))) continue;
		out.add(stem(lower));
	}
	return out;
}

const union = (...sets: Set<string>[]) => new Set(sets.flatMap((s) => [...s]));
const minus = (a: Set<string>, b: Set<string>) => new Set([...a].filter((w) => !b.has(w)));
const inter = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w));

/** Everything a learner sees of a question before answering it. */
export function visibleText(q: QuestionView): string[] {
	return [
		q.prompt,
		q.invented?.text ?? '',
		q.evidencePrompt ?? '',
		...(q.options ?? []).map((o) => o.text),
		...(q.items ?? []).map((i) => i.text),
		...(q.pairs ?? []).flatMap((p) => [p.left, p.right]),
		...(q.passages ?? []).map((p) => p.text),
		...(q.passage ?? []).map((p) => p.text)
	].filter(Boolean);
}

/**
 * The keyed answers of a question, each as the words that tell it apart: its content words minus
 * the words of its own prompt (and invented text) and of its own wrong choices, which the learner
 * sees anyway. Order and match questions are left out: their texts are all on screen and their
 * answer is an arrangement; true/false statements too, as their answer is a verdict.
 */
export function keyedAnswers(
	q: QuestionView,
	language: Language = 'en'
): { label: string; words: Set<string> }[] {
	const words = (text: string) => contentWords(text, language);
	const own = union(words(q.prompt), words(q.invented?.text ?? ''));
	const fromChoices = (choices: Item[], keys: string[]) => {
		const wrong = union(...choices.filter((c) => !keys.includes(c.id)).map((c) => words(c.text)));
		return choices
			.filter((c) => keys.includes(c.id))
			.map((c) => ({ label: c.text, words: minus(minus(words(c.text), own), wrong) }));
	};
	switch (q.kind) {
		case 'single':
		case 'evidence':
			return fromChoices(q.options ?? [], [String(q.answer)]);
		case 'multiple':
			return fromChoices(q.options ?? [], (q.answer as string[]) ?? []);
		case 'text':
			return (q.answers ?? []).map((a) => ({ label: a, words: minus(words(a), own) }));
		case 'numeric':
			return [{ label: String(q.answer), words: new Set([String(q.answer)]) }];
		default:
			return [];
	}
}

/** Words of a question's own choices (options, items, pairs, passages, parts). */
function choiceWords(q: QuestionView, language: Language): Set<string> {
	return union(
		...visibleText({ ...q, prompt: '', invented: undefined, evidencePrompt: undefined }).map((t) =>
			contentWords(t, language)
		)
	);
}

/**
 * Names, dates and terms in a prompt: tokens written with a capital inside the sentence, with a
 * digit, or with a hyphen ("mid-September", "NORTHCOM", "2025").
 */
function anchorWords(prompt: string, language: Language): Set<string> {
	const tokens = prompt.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
	return union(
		...tokens
			.filter((t, i) => (i > 0 && /^\p{Lu}/u.test(t)) || /\d/.test(t) || /[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(t))
			.map((t) => contentWords(t, language))
	);
}

/**
 * Giveaways within a lesson. For each keyed answer of question Q, with distinctive words K, and
 * every other question O of the lesson with visible words T, O gives Q away when
 * - T holds every word of K: O states the whole answer ("NORTHCOM" in another prompt; "three
 *   unnamed sources" in an option, answering "how many sources?"); or
 * - T holds at least half of K and also ties it to Q's subject: two words of Q's prompt, or one of
 *   its names, dates or terms (a timeline item "mid-September, the target date for the plans"
 *   answering "what was due by mid-September?"). Prompt words that Q's own choices also use, and
 *   names found in more than three questions of the lesson ("Mexico"), are not its subject.
 * Words shared by a key and its own wrong options do not count, so a lesson's topic words ("plan",
 * "order") do not flood the check. Order, match and true/false questions are not checked as
 * sources (their answer is an arrangement or a verdict, not words), nor highlight questions (their
 * parts are fragments of an invented text that is on screen anyway); they are checked as places
 * where another question's answer may show.
 */
export function giveaways(
	slug: string,
	questions: QuestionView[],
	language: Language = 'en'
): AssessmentProblem[] {
	return scanGiveaways(
		questions.map((q) => ({ slug, q })),
		() => true,
		language
	).map(({ key, q, o, hit }) => ({
		rule: 'giveaway',
		lesson: slug,
		question: q.q.id,
		message: `the answer "${key}" to ${q.q.id} can be read off ${o.q.id}, which shows ${quoted(hit)}`
	}));
}

/**
 * Giveaways across the course: the same rule as `giveaways`, between questions of different lessons
 * (a review lesson's option stating an earlier lesson's answer; an evidence passage that answers a
 * question of another lesson). Names found in more than three questions of the whole course are
 * not a question's subject, and a key of one distinctive word counts only where that word is a
 * number, an acronym or in at most three questions of the course, or comes with the question's
 * subject; across lessons the whole answer must show, and a one-word answer only as an acronym,
 * or as a number or a rare word with the question's subject. Pairs within one lesson are left to
 * `giveaways`.
 */
export function courseGiveaways(
	lessons: { slug: string; questions: QuestionView[] }[],
	language: Language = 'en'
): AssessmentProblem[] {
	return scanGiveaways(
		lessons.flatMap(({ slug, questions }) => questions.map((q) => ({ slug, q }))),
		(a, b) => a.slug !== b.slug,
		language,
		true
	).map(({ key, q, o, hit }) => ({
		rule: 'giveaway-course',
		lesson: q.slug,
		question: q.q.id,
		message: `the answer "${key}" to ${q.q.id} can be read off ${o.slug}/${o.q.id}, which shows ${quoted(hit)}`
	}));
}

/** Whether `word` (a content word) stands in `label` as a number or an acronym ("NORTHCOM"). */
const named = (label: string, word: string) =>
	/^\d+$/.test(word) || (label.match(/\b[A-Z]{3,}\b/g) ?? []).some((t) => t.toLowerCase() === word);

const quoted = (words: string[]) => words.map((w) => `"${w}"`).join(', ');

interface Placed {
	slug: string;
	q: QuestionView;
}

/** The giveaway rule (see `giveaways`) over `items`, for the pairs `pair` lets through. */
function scanGiveaways(
	items: Placed[],
	pair: (q: Placed, o: Placed) => boolean,
	language: Language,
	common = false
): { key: string; q: Placed; o: Placed; hit: string[] }[] {
	const found: { key: string; q: Placed; o: Placed; hit: string[] }[] = [];
	const words = (text: string) => contentWords(text, language);
	const seen = items.map(({ q }) => union(...visibleText(q).map(words)));
	const spread = (w: string) => seen.filter((s) => s.has(w)).length;
	items.forEach((item, qi) => {
		const { q } = item;
		const own = choiceWords(q, language);
		const subject = minus(words(q.prompt), own);
		const anchors = new Set(
			[...anchorWords(q.prompt, language)].filter((w) => subject.has(w) && spread(w) <= 3)
		);
		const reported = new Set<number>(); // one report per pair of questions
		for (const key of keyedAnswers(q, language)) {
			if (key.words.size === 0) continue;
			items.forEach((o, oi) => {
				const other = seen[oi];
				if (oi === qi || reported.has(oi) || !other || !pair(item, o)) return;
				const hit = inter(key.words, other);
				const all = hit.length === key.words.size;
				const tied = inter(subject, other).length >= 2 || inter(anchors, other).length > 0;
				const linked = hit.length >= Math.max(1, Math.ceil(key.words.size / 2)) && tied;
				if (!all && !linked) return;
				// Course-wide, where lessons share a topic's words ("military", "officials", "strike"),
				// another lesson's text gives an answer away only when it holds the whole answer, and a
				// one-word answer only as an acronym ("NORTHCOM"), or as a number or a word few questions
				// use that comes with the question's subject (the pilots' takers used whole answers across
				// lessons, never a topic word the lessons share; a bare "3" is often "one to three words").
				const telling = (label: string, word: string, withSubject: boolean) =>
					(named(label, word) && !/^\d+$/.test(word)) ||
					(withSubject && (/^\d+$/.test(word) || spread(word) <= 3));
				const [only] = key.words;
				if (common && (!all || (key.words.size === 1 && only && !telling(key.label, only, tied)))) return;
				reported.add(oi);
				found.push({ key: key.label, q: item, o, hit });
			});
		}
	});
	return found;
}

/** Two stems that are the same word, or one a longer form of the other ("near", "nearest"). */
const akin = (a: string, b: string) =>
	a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));

/**
 * Evidence passages that restate the keyed option: the passage holds at least half of the key's
 * distinctive words (its content words, less those of the prompts and of the wrong options, as for
 * giveaways), counting a word and its longer form as one ("plan", "planning"). Such a passage
 * answers part A by itself, and a reader who matches words finds part B without the reading.
 */
export function restatedKeys(q: QuestionView, language: Language = 'en'): AssessmentProblem[] {
	if (q.kind !== 'evidence') return [];
	const prompts = union(contentWords(q.prompt, language), contentWords(q.evidencePrompt ?? '', language));
	const problems: AssessmentProblem[] = [];
	for (const key of keyedAnswers(q, language)) {
		const k = [...minus(key.words, prompts)];
		if (k.length === 0) continue;
		for (const p of q.passages ?? []) {
			const words = [...minus(contentWords(p.text, language), prompts)];
			const hit = k.filter((w) => words.some((x) => akin(w, x)));
			if (hit.length < Math.ceil(k.length / 2)) continue;
			problems.push({
				rule: 'passage-restates-key',
				question: q.id,
				message: `passage ${p.id}${p.id === q.evidence ? ' (the keyed passage)' : ''} restates the keyed option "${key.label}": it shares ${quoted(hit)} of the option's ${quoted(k)}`
			});
		}
	}
	return problems;
}

// ---------------------------------------------------------------------------------------------
// Readability

/**
 * Syllables in an English word, by a small heuristic (no dictionary): count groups of vowels (a
 * leading "y" is a consonant), then
 * - drop a silent final "e" ("made"), but not "-le" after a consonant ("ta-ble");
 * - drop a silent "-es" or "-ed" ("states", "asked"), but not "-ses", "-ces", "-ges", "-zes",
 *   "-xes", "-ches", "-shes" or "-ted", "-ded" ("forces", "wanted");
 * - drop the "e" of "-ely" ("largely");
 * - add one for vowel pairs that are usually two syllables: "ia" ("me-di-a", but not "-cial",
 *   "-tial"), "io" ("pe-ri-od", but not "-tion", "-sion", "-gion", "-cion", "-llion"), "iou"
 *   ("se-ri-ous", but not "-cious", "-tious", "-gious"), "ua" ("ac-tu-al", but not "qua", "gua").
 * Within a syllable of a dictionary on most words (tests/content/assessment.test.ts), which is
 * enough for a grade estimate. A number counts as one word of two syllables.
 */
export function syllables(word: string): number {
	const w = word.toLowerCase().replace(/[^a-z]/g, '');
	if (!w) return /\d/.test(word) ? 2 : 0;
	if (w.length <= 3) return 1;
	let n = (w.replace(/^y/, '').match(/[aeiouy]+/g) ?? []).length;
	if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) n--;
	else if (/[^aeiouy]es$/.test(w) && !/(s|c|g|z|x|ch|sh)es$/.test(w)) n--;
	else if (/[^aeiouy]ed$/.test(w) && !/[td]ed$/.test(w)) n--;
	else if (/[^aeiouy]ely$/.test(w)) n--;
	n += (w.match(/(?<![cts])ia/g) ?? []).length;
	n += (w.match(/(?<![tscgx]|ll)io(?!u)/g) ?? []).length;
	n += (w.match(/(?<![ctg])iou/g) ?? []).length;
	n += (w.match(/(?<![qg])ua/g) ?? []).length;
	return Math.max(1, n);
}

/** Flesch–Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaid(text: string): Readability {
	const sentences = text
		.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])|\n\s*\n/)
		.map((s) => s.trim())
		.filter((s) => /[A-Za-z]/.test(s));
	const words = text.match(/[A-Za-z0-9][A-Za-z0-9'’.,-]*/g)?.map((w) => w.replace(/[.,]+$/, '')) ?? [];
	const syll = words.reduce((sum, w) => sum + syllables(w), 0);
	const grade =
		words.length && sentences.length
			? 0.39 * (words.length / sentences.length) + 11.8 * (syll / words.length) - 15.59
			: 0;
	return {
		grade: Math.round(grade * 10) / 10,
		words: words.length,
		sentences: sentences.length,
		syllables: syll
	};
}

/** The heading that opens a Background section, per edition ("Contexto: …" in Spanish). */
const BACKGROUND: Record<Language, RegExp> = { en: /^background\b/i, es: /^contexto\b/i };

/**
 * A lesson's reading as plain prose, split into its main text and its Background section(s): no
 * frontmatter, headings, paragraph or diagram markers, or Markdown marks. A Background section runs from a
 * heading that starts with "Background" ("Contexto" in the Spanish edition) to the next heading.
 */
export function readingParts(
	markdown: string,
	language: Language = 'en'
): { main: string; background: string } {
	const body = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
	const main: string[] = [];
	const background: string[] = [];
	let inBackground = false;
	for (const block of body.split(/\n\s*\n/)) {
		const heading = /^#{1,6}\s+(.*)$/.exec(block.trim());
		if (heading) {
			inBackground = BACKGROUND[language].test(heading[1] ?? '');
			continue;
		}
		const text = block
			.replace(/\{#[a-z0-9-]+\}/g, '')
			.replace(/\{diagram [a-z0-9-]+\}/g, '')
			.replace(/[*_`]/g, '')
			.replace(/\s+/g, ' ')
			.trim();
		if (text) (inBackground ? background : main).push(text);
	}
	return { main: main.join('\n\n'), background: background.join('\n\n') };
}

// ---------------------------------------------------------------------------------------------
// The rules

const HEDGE =
	/\b(may|might|could|possibly|perhaps|reportedly|not|no|never|unclear|unconfirmed|only|some|likely)\b|n't\b/i;
const DANGLING = /^(it|its|they|their|them|this|these|that|those|he|she|his|her|such)\b/i;

function choiceKeys(q: QuestionView): { options: Item[]; keys: string[] } | null {
	if (q.kind === 'single' || q.kind === 'evidence')
		return { options: q.options ?? [], keys: [String(q.answer)] };
	if (q.kind === 'multiple') return { options: q.options ?? [], keys: (q.answer as string[]) ?? [] };
	return null;
}

/** Whether a key option is the strictly longest of its question's options. */
export function keyIsLongest(q: QuestionView): boolean {
	const c = choiceKeys(q);
	if (!c) return false;
	const len = (o: Item) => o.text.trim().length;
	return c.keys.some((k) => {
		const key = c.options.find((o) => o.id === k);
		return !!key && c.options.every((o) => o.id === key.id || len(o) < len(key));
	});
}

const HEDGED: Record<Language, (text: string) => boolean> = { en: (t) => HEDGE.test(t), es: isHedgedEs };
const DANGLES: Record<Language, (text: string) => boolean> = {
	en: (t) => DANGLING.test(t.replace(/^["“]/, '')),
	es: isDanglingEs
};

/** Whether the key is the only option with a hedge word in it (single and evidence). */
export function keyIsOnlyHedged(q: QuestionView, language: Language = 'en'): boolean {
	if (q.kind !== 'single' && q.kind !== 'evidence') return false;
	const hedged = (q.options ?? []).filter((o) => HEDGED[language](o.text));
	return hedged.length === 1 && hedged[0]?.id === q.answer;
}

/**
 * The lint over a whole course in one edition: `course` parsed from that edition's files,
 * `markdownBySlug` its Markdown (index.md, or index.es.md for `language` 'es').
 */
export function assessCourse(
	course: Lesson[],
	markdownBySlug: Record<string, string>,
	language: Language = 'en'
): Assessment {
	const problems: AssessmentProblem[] = [];
	const add = (rule: string, message: string, lesson?: string, question?: string) =>
		problems.push({ rule, message, lesson, question });

	const keyPositions: number[] = [];
	const multiplePositions: number[] = [];
	const tally = (counts: number[], i: number) => {
		while (counts.length <= i) counts.push(0);
		counts[i] = (counts[i] ?? 0) + 1;
	};
	let keyTotal = 0;
	let multipleQuestions = 0;
	let multiplePrefix = 0;
	const trueFalse = { true: 0, total: 0 };
	const longest = { count: 0, total: 0, questions: [] as string[] };
	const hedged = { count: 0, total: 0, questions: [] as string[] };
	const lessons: LessonFigures[] = [];

	for (const lesson of course) {
		const slug = lesson.slug;
		const questions = lesson.quiz.questions.map(view);
		const levels: LessonFigures['levels'] = { recall: 0, understand: 0, analyse: 0, none: 0 };
		const kinds: Record<string, number> = {};
		let transfer = 0;
		let highlight = 0;

		for (const q of questions) {
			kinds[q.kind] = (kinds[q.kind] ?? 0) + 1;
			if (q.level && (LEVELS as readonly string[]).includes(q.level)) levels[q.level as Level]++;
			else {
				levels.none++;
				add('level', 'has no level (recall, understand or analyse)', slug, q.id);
			}
			if (q.invented) transfer++;
			if (q.kind === 'highlight') highlight++;

			if (q.kind === 'single' || q.kind === 'evidence') {
				const i = (q.options ?? []).findIndex((o) => o.id === q.answer);
				if (i >= 0) {
					tally(keyPositions, i);
					keyTotal++;
				}
			}
			if (q.kind === 'evidence') {
				const i = (q.passages ?? []).findIndex((p) => p.id === q.evidence);
				if (i >= 0) {
					tally(keyPositions, i);
					keyTotal++;
				}
				for (const p of q.passages ?? []) {
					if (DANGLES[language](p.text))
						add(
							'passage',
							`passage ${p.id} starts with "${p.text.split(/\s/)[0]}", which has nothing to refer to on its own`,
							slug,
							q.id
						);
				}
			}
			if (q.kind === 'multiple') {
				multipleQuestions++;
				const ids = (q.options ?? []).map((o) => o.id);
				const keys = ((q.answer as string[]) ?? []).map((a) => ids.indexOf(a)).sort((a, b) => a - b);
				keys.forEach((i) => tally(multiplePositions, i));
				if (keys.every((i, n) => i === n)) multiplePrefix++;
			}
			if (q.kind === 'true-false') {
				trueFalse.total++;
				if (q.answer === true) trueFalse.true++;
			}
			if (choiceKeys(q)) {
				longest.total++;
				if (keyIsLongest(q)) {
					longest.count++;
					longest.questions.push(`${slug}/${q.id}`);
				}
			}
			if (q.kind === 'single' || q.kind === 'evidence') {
				hedged.total++;
				if (keyIsOnlyHedged(q, language)) {
					hedged.count++;
					hedged.questions.push(`${slug}/${q.id}`);
				}
			}
		}

		const n = questions.length;
		if (levels.recall > n * LIMITS.recallShare)
			add('levels', `${levels.recall} of ${n} questions are recall (at most half may be)`, slug);
		if (levels.analyse < LIMITS.minAnalyse)
			add('levels', `${levels.analyse} analyse question(s); at least ${LIMITS.minAnalyse} needed`, slug);
		if (transfer < LIMITS.minTransfer)
			add('transfer', 'has no transfer question (a question with an `invented` text)', slug);

		problems.push(...giveaways(slug, questions, language));
		for (const q of questions)
			problems.push(...restatedKeys(q, language).map((p) => ({ ...p, lesson: slug })));
		if (language === 'es')
			for (const q of questions) problems.push(...agreementEs(q).map((p) => ({ ...p, lesson: slug })));

		const markdown = markdownBySlug[slug];
		let main: Readability | Perspicuity = { grade: 0, words: 0, sentences: 0, syllables: 0 };
		let background: Readability | Perspicuity | null = null;
		if (markdown === undefined) add('readability', 'no Markdown given for this lesson', slug);
		else if (language === 'es') {
			const parts = readingParts(markdown, 'es');
			const m = szigrisztPazos(parts.main);
			const b = parts.background ? szigrisztPazos(parts.background) : null;
			[main, background] = [m, b];
			const low = (what: string, r: Perspicuity) =>
				add(
					'readability',
					`${what} reads at Szigriszt-Pazos ${r.score} ("${r.band}"; at least ${LIMITS.minPerspicuity})`,
					slug
				);
			if (m.score < LIMITS.minPerspicuity) low('main text', m);
			if (b && b.score < LIMITS.minPerspicuity) low('Background', b);
		} else {
			const parts = readingParts(markdown);
			const m = fleschKincaid(parts.main);
			const b = parts.background ? fleschKincaid(parts.background) : null;
			[main, background] = [m, b];
			if (m.grade > LIMITS.maxMainGrade)
				add('readability', `main text reads at grade ${m.grade} (at most ${LIMITS.maxMainGrade})`, slug);
			if (b && b.grade > LIMITS.maxBackgroundGrade)
				add(
					'readability',
					`Background reads at grade ${b.grade} (at most ${LIMITS.maxBackgroundGrade})`,
					slug
				);
		}
		lessons.push({ slug, questions: n, kinds, levels, transfer, highlight, main, background });
	}

	problems.push(
		...courseGiveaways(
			course.map((l) => ({ slug: l.slug, questions: l.quiz.questions.map(view) })),
			language
		)
	);

	const maxKey = Math.max(0, ...keyPositions);
	keyPositions.forEach((count, i) => {
		if (count === maxKey && share(count, keyTotal) > LIMITS.keyPositionShare)
			add(
				'key-positions',
				`${count} of ${keyTotal} single and evidence keys (${pct(share(count, keyTotal))}) are the ${ordinal(i)} option or passage (at most ${pct(LIMITS.keyPositionShare)})`
			);
	});
	if (multipleQuestions) {
		if (share(multiplePrefix, multipleQuestions) > LIMITS.multiplePrefixShare)
			add(
				'multiple-keys',
				`${multiplePrefix} of ${multipleQuestions} multiple-choice questions key exactly their first options (at most ${pct(LIMITS.multiplePrefixShare)})`
			);
		for (let i = 0; i < LIMITS.multiplePositions; i++) {
			if (!multiplePositions[i])
				add('multiple-keys', `no multiple-choice question has a key in the ${ordinal(i)} position`);
		}
	}
	if (trueFalse.total) {
		const s = share(trueFalse.true, trueFalse.total);
		if (s < LIMITS.trueShareMin || s > LIMITS.trueShareMax)
			add(
				'true-false',
				`${trueFalse.true} of ${trueFalse.total} true/false statements are true (${pct(s)}; 40–60 % wanted)`
			);
	}
	if (share(longest.count, longest.total) > LIMITS.longestShare)
		add(
			'longest-option',
			`the key is the longest option in ${longest.count} of ${longest.total} choice questions (at most ${pct(LIMITS.longestShare)}): ${longest.questions.join(', ')}`
		);
	if (share(hedged.count, hedged.total) > LIMITS.hedgedShare)
		add(
			'hedged-option',
			`the key is the only hedged option in ${hedged.count} of ${hedged.total} single and evidence questions (at most ${pct(LIMITS.hedgedShare)}): ${hedged.questions.join(', ')}`
		);

	return {
		course: {
			questions: lessons.reduce((s, l) => s + l.questions, 0),
			keyPositions,
			keyTotal,
			multiplePositions,
			multipleQuestions,
			multiplePrefix,
			trueFalse,
			longest,
			hedged,
			transfer: lessons.reduce((s, l) => s + l.transfer, 0),
			highlight: lessons.reduce((s, l) => s + l.highlight, 0)
		},
		lessons,
		problems
	};
}

/** One line per problem, naming the lesson and the question. */
export function formatProblem(p: AssessmentProblem): string {
	const where = [p.lesson, p.question].filter(Boolean).join('/');
	return `${where ? `${where}: ` : 'course: '}${p.message} [${p.rule}]`;
}
