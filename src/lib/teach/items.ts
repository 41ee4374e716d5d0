// Item analysis: how each question worked for the class, from each student's first attempt (what
// they could do before any retry). Per question: the share of students with full marks; how well
// it separates stronger from weaker students, as the correlation of the question's points with the
// rest of the lesson's points (the corrected item-total correlation; for a question scored right or
// wrong this is the point-biserial correlation); and, for choice questions, how many picked each
// option, so a common wrong idea shows. Pure: no DOM.
import type { LessonInfo } from './checks';
import { pickIds } from './picks';
import type { ItemResult } from './results-code';

/** Below this many students the correlation swings too much with one student to tell anything. */
export const MIN_STUDENTS = 10;

/** Correlations at or above these are read as separating well, or somewhat (docs/assignments.md). */
export const GOOD_SEPARATION = 0.3;
export const FAIR_SEPARATION = 0.2;

export type Separation =
	/** The correlation, -1 to 1. */
	| { kind: 'r'; r: number }
	/** Fewer than `needed` (MIN_STUDENTS) students answered it. */
	| { kind: 'few'; students: number; needed: number }
	/** Everyone scored the same on the question, or on the rest of the lesson: nothing to compare. */
	| { kind: 'same' };

export interface OptionCount {
	id: string;
	text: string;
	/** Students who picked it (ticked or marked, for multiple choice and highlight). */
	count: number;
}

export interface ItemStats {
	slug: string;
	lesson: string;
	id: string;
	/** The question's number in its lesson, 1 first. */
	number: number;
	prompt: string;
	/** Students whose first attempt has this question. */
	students: number;
	/** Of those, how many earned full marks, and how many did not. */
	right: number;
	missed: number;
	/** Share with full marks, 0..100, rounded. */
	rightPercent: number;
	/** Share of the points earned, 0..100, rounded: the facility index (Moodle's quiz statistics). */
	pointsPercent: number;
	/**
	 * Practice: share of the points earned at each question's first check, 0..100, rounded, over the
	 * students whose first attempt has first tries; null when none has (test mode, R1 codes).
	 */
	firstTryPercent: number | null;
	/** Students counted in firstTryPercent. */
	firstTryStudents: number;
	separation: Separation;
	/** Choice questions: each option, in the question's order; null for other kinds. */
	options: OptionCount[] | null;
	/** Choice questions: students with no choice recorded (unanswered, or an R1 code). */
	noChoice: number;
}

export interface LessonStats {
	slug: string;
	lesson: string;
	/** Students counted for this lesson. */
	students: number;
	items: ItemStats[];
}

/** One student's first attempt at one lesson: its questions. */
export interface Sheet {
	slug: string;
	items: readonly ItemResult[];
}

/** Pearson's correlation of two equally long lists; null when either does not vary. */
export function correlation(xs: readonly number[], ys: readonly number[]): number | null {
	const n = xs.length;
	if (n < 2 || ys.length !== n) return null;
	const mx = xs.reduce((a, b) => a + b, 0) / n;
	const my = ys.reduce((a, b) => a + b, 0) / n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const dx = xs[i]! - mx;
		const dy = ys[i]! - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	// Rounding in the sums leaves tiny variances where there is none.
	if (sxx < 1e-12 || syy < 1e-12) return null;
	return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

const options = (
	list: readonly { id: string; text: string }[] | null | undefined,
	counts: ReadonlyMap<string, number>
): OptionCount[] | null =>
	list?.map((o) => ({ id: o.id, text: o.text, count: counts.get(o.id) ?? 0 })) ?? null;

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);

/**
 * Each lesson's questions, analysed over the sheets given (one per student and lesson: the caller
 * leaves out flagged codes, other assignments and all but a student's latest code). Lessons and
 * questions in the site's order; anything the site does not know (only without site data) after.
 */
export function itemAnalysis(
	sheets: readonly Sheet[],
	lessons: ReadonlyMap<string, LessonInfo>
): LessonStats[] {
	const bySlug = new Map<string, Sheet[]>();
	for (const slug of lessons.keys()) bySlug.set(slug, []);
	for (const s of sheets) {
		const list = bySlug.get(s.slug);
		if (list) list.push(s);
		else bySlug.set(s.slug, [s]);
	}
	const out: LessonStats[] = [];
	for (const [slug, list] of bySlug) {
		if (list.length === 0) continue;
		const info = lessons.get(slug);
		const ids = [
			...(info?.questions.map((q) => q.id) ?? []),
			...list.flatMap((s) => s.items.map((q) => q.id))
		].filter((id, i, all) => all.indexOf(id) === i);
		const totals = list.map((s) => s.items.reduce((n, q) => n + q.earned, 0));
		const items = ids.flatMap((id, i): ItemStats[] => {
			const question = info?.questions.find((q) => q.id === id);
			const xs: number[] = [];
			const rest: number[] = [];
			let right = 0;
			let earned = 0;
			let possible = 0;
			let picked = 0;
			let firstEarned = 0;
			let firstPossible = 0;
			let firstStudents = 0;
			const counts = new Map<string, number>();
			list.forEach((s, k) => {
				const item = s.items.find((q) => q.id === id);
				if (!item) return;
				xs.push(item.earned);
				rest.push(totals[k]! - item.earned);
				if (item.earned === item.max) right++;
				earned += item.earned;
				possible += item.max;
				if (item.firstTry !== null && item.firstTry !== undefined) {
					firstStudents++;
					firstEarned += item.firstTry;
					firstPossible += item.max;
				}
				if (item.pick !== undefined) {
					picked++;
					for (const option of pickIds(item.pick)) counts.set(option, (counts.get(option) ?? 0) + 1);
				}
			});
			const students = xs.length;
			if (students === 0) return [];
			const r = students < MIN_STUDENTS ? null : correlation(xs, rest);
			return [
				{
					slug,
					lesson: info?.title ?? slug,
					id,
					number: i + 1,
					prompt: question?.prompt ?? id,
					students,
					right,
					missed: students - right,
					rightPercent: percent(right, students),
					pointsPercent: percent(earned, possible),
					firstTryPercent: firstStudents ? percent(firstEarned, firstPossible) : null,
					firstTryStudents: firstStudents,
					separation:
						students < MIN_STUDENTS
							? { kind: 'few', students, needed: MIN_STUDENTS }
							: r === null
								? { kind: 'same' }
								: { kind: 'r', r },
					options: options(question?.options, counts),
					noChoice: question?.options ? students - picked : 0
				}
			];
		});
		out.push({ slug, lesson: info?.title ?? slug, students: list.length, items });
	}
	return out;
}

/** The questions someone missed, the most missed first (then the lower share right). */
export function mostMissed(lessons: readonly LessonStats[]): ItemStats[] {
	return lessons
		.flatMap((l) => l.items)
		.filter((q) => q.missed > 0)
		.sort((a, b) => b.missed - a.missed || a.rightPercent - b.rightPercent);
}

/** How a correlation reads, for words and for the bar's colour. */
export function separationLevel(s: Separation): 'good' | 'fair' | 'weak' | 'negative' | 'unknown' {
	if (s.kind !== 'r') return 'unknown';
	if (s.r < 0) return 'negative';
	if (s.r >= GOOD_SEPARATION) return 'good';
	if (s.r >= FAIR_SEPARATION) return 'fair';
	return 'weak';
}

/** What the teacher's page knows of one question's key: kept apart from LessonInfo, which has none. */
export interface ItemKey {
	/** Choice questions: the keyed options' ids (the right one, or each that should be ticked). */
	keyed: readonly string[];
	/** The question's explanation, as the lesson gives it: why the key is right, the others not. */
	why: string;
	/** What a wrong option stands for, by option id, where the lesson's notes name it. */
	ideas?: Readonly<Record<string, string>>;
}

/** Keys by `${slug}/${question id}`. */
export type ItemKeys = ReadonlyMap<string, ItemKey>;
export const keyId = (slug: string, id: string) => `${slug}/${id}`;

export interface KeyedOption extends OptionCount {
	/** Part of the key: picking it is (part of) the right answer. */
	keyed: boolean;
}

export interface WrongAnswer {
	id: string;
	text: string;
	/** Students who picked it. */
	count: number;
	/** Their share of the students who answered the question, 0..100, rounded. */
	percent: number;
	/** The wrong idea it stands for, where the lesson's notes name one; else null. */
	idea: string | null;
}

export interface KeyedItem extends ItemStats {
	options: KeyedOption[] | null;
	/** The wrong option picked most (the first in the question's order on a tie); null if none was. */
	wrong: WrongAnswer | null;
	/** The question's explanation; null when the key is not known. */
	why: string | null;
}

export interface KeyedLesson extends Omit<LessonStats, 'items'> {
	items: KeyedItem[];
}

/**
 * The analysis with each choice question's key marked and its most chosen wrong answer named, so
 * the page teaches without the teacher copy beside it. Questions without a key stay as they are.
 */
export function withKeys(lessons: readonly LessonStats[], keys: ItemKeys): KeyedLesson[] {
	return lessons.map((l) => ({
		...l,
		items: l.items.map((q): KeyedItem => {
			const key = keys.get(keyId(q.slug, q.id));
			const options = q.options?.map((o) => ({ ...o, keyed: key?.keyed.includes(o.id) ?? false })) ?? null;
			let wrong: WrongAnswer | null = null;
			if (key && options) {
				for (const o of options) {
					if (o.keyed || o.count === 0 || (wrong && wrong.count >= o.count)) continue;
					wrong = {
						id: o.id,
						text: o.text,
						count: o.count,
						percent: percent(o.count, q.students),
						idea: key.ideas?.[o.id] ?? null
					};
				}
			}
			return { ...q, options, wrong, why: key?.why ?? null };
		})
	}));
}

export const ITEM_ORDERS = ['order', 'facility', 'discrimination', 'wrong'] as const;
export type ItemOrder = (typeof ITEM_ORDERS)[number];

/**
 * The questions in the order asked: as in the lesson; the hardest first (lowest facility); the
 * weakest discrimination first (questions with none yet last); or the most chosen wrong answer
 * first. Ties keep the lesson's order.
 */
export function sortItems<T extends KeyedItem>(items: readonly T[], by: ItemOrder): T[] {
	const r = (q: T) => (q.separation.kind === 'r' ? q.separation.r : Infinity);
	const compare: Record<ItemOrder, (a: T, b: T) => number> = {
		order: () => 0,
		facility: (a, b) => a.pointsPercent - b.pointsPercent,
		discrimination: (a, b) => (r(a) === r(b) ? 0 : r(a) < r(b) ? -1 : 1),
		wrong: (a, b) => (b.wrong?.count ?? 0) - (a.wrong?.count ?? 0)
	};
	return items
		.map((q, i) => ({ q, i }))
		.sort((a, b) => compare[by](a.q, b.q) || a.i - b.i)
		.map(({ q }) => q);
}
