// What the engine needs of one question kind. Each kind's module (single.ts, order.ts, …) exports
// `schema` (valibot, for content at build time), `isResponse` (the response's shape, as a guard)
// and `engine` (the rules below); index.ts registers them in one table per use.
import type { Guard } from '../guard';
import type { NumberStyle } from '../numbers';
import { hashString, shuffle } from '../random';

/** A problem with a question that its schema cannot express; `path` is relative to the question. */
export interface Problem {
	path: string;
	message: string;
}

/** The on-screen order of a question's choices, as ids. */
export interface DisplayOrder {
	/** Options, items, match rights (by pair id) or passage parts. */
	choices: string[];
	/** Evidence part B: passage ids. */
	passages: string[];
}

/**
 * Practice feedback after a wrong first check: what kind of mistake it is, where the kind can say
 * so without giving the answer away. The interface strings put it in words.
 */
export type Mistake =
	/** Ticking kinds (multiple, highlight): right ones picked of those to pick, and wrong picks. */
	| { type: 'picks'; right: number; of: number; wrong: number }
	/** Order: items in the right relative order. */
	| { type: 'in-order'; right: number; of: number }
	/** Match: pairs matched rightly. */
	| { type: 'pairs'; right: number; of: number }
	/** Evidence: the answer is right, the passage is not the one that supports it best. */
	| { type: 'evidence' };

/** Words the engine needs to say an answer; the interface strings supply them. */
export interface Words {
	true: string;
	false: string;
	/** How numbers are written ("225,000" or "225.000"); English if not given. */
	numbers?: NumberStyle;
}

/**
 * A question on paper, as parts that Sheet.svelte knows how to print: the kind decides what is on
 * the page and where the key marks go, the page decides how it looks.
 */
export type SheetPart =
	| { type: 'choices'; items: { text: string; key: boolean }[]; quoted?: boolean; inline?: boolean }
	| { type: 'note'; text: string }
	/** Items shown scrambled; `place` is each item's right position, 1-based. */
	| { type: 'order'; items: { text: string; place: number }[] }
	/** Lefts in authored order; `letter` is the index of the matching right in `rights`. */
	| { type: 'match'; lefts: { text: string; letter: number }[]; rights: string[] }
	| { type: 'write'; unit?: string }
	| { type: 'passage'; parts: { text: string; key: boolean }[] };

/**
 * The rules of one kind that a quiz needs in the browser. `points` is called only with a response
 * this kind's `isResponse` accepts and `answered` says holds an answer; it may still name ids the
 * question does not have (saved data from an older version of the quiz), which earn nothing.
 */
export interface Engine<Q, R> {
	isResponse: Guard<R>;
	/** Does the response hold an actual answer (an emptied text box or an unticked list does not)? */
	answered(r: R): boolean;
	maxPoints(q: Q): number;
	points(q: Q, r: R): number;
	/** The response that earns full marks. */
	key(q: Q): R;
	/** The order choices are shown in; `seed` null is the authored (printed, no-JavaScript) order. */
	displayOrder(q: Q, seed: number | null): DisplayOrder;
}

/**
 * What a kind says once the learner has checked or submitted: the feedback, the review and the
 * teacher copy. Kept apart from `Engine` so that lesson and embed pages load it with the parts that
 * show it (components/quiz/deferred-parts.ts), not with the quiz.
 */
export interface Review<Q, R> {
	/** The response in words, or null when it says nothing. */
	describe(q: Q, r: R, words: Words): string | null;
	/** The key in words, where it says more than `describe` of the key (a tolerance, say). */
	describeKey?(q: Q, words: Words): string;
	/** What kind of mistake a wrong answer is, or null where saying it would give the answer away. */
	mistake(q: Q, r: R): Mistake | null;
}

/**
 * What only the build and the printed pages need of a kind: kept apart from `Engine` so that lesson
 * and embed pages do not download it (a table of objects cannot be tree-shaken method by method).
 */
export interface Authoring<Q> {
	/** Content checks the schema cannot express; paths are relative to the question. */
	problems(q: Q): Problem[];
	/** The question on paper; key marks are read only by the teacher copy. */
	sheet(q: Q, words: Words): SheetPart[];
}

export const ids = (list: readonly { id: string }[]): string[] => list.map((x) => x.id);

export function duplicates(values: readonly string[]): string[] {
	const seen = new Set<string>();
	const twice = new Set<string>();
	for (const x of values) (seen.has(x) ? twice : seen).add(x);
	return [...twice];
}

/** "the id "x" is used twice" for each repeated id of a list. */
export const repeatedIds = (field: string, list: readonly { id: string }[]): Problem[] =>
	duplicates(ids(list)).map((id) => ({ path: field, message: `the id "${id}" is used twice` }));

/** An answer that must name one of a list's ids. */
export function unknownIds(
	field: string,
	answer: readonly string[],
	list: readonly { id: string }[],
	what: string
) {
	const known = ids(list);
	return answer
		.filter((id) => !known.includes(id))
		.map((id) => ({ path: field, message: `"${id}" is not one of the ${what} (${known.join(', ')})` }));
}

/**
 * Shuffles a question's list with the attempt's seed mixed with the question's id, so each question
 * gets its own order from one seed; without a seed the authored order stands.
 */
export function mix(list: readonly string[], seed: number | null, questionId: string): string[] {
	return seed === null ? [...list] : shuffle(list, seed ^ hashString(questionId));
}

/** A scramble that depends only on the question (for lists whose authored order is the answer). */
export const scramble = (list: readonly string[], seed: number | null, questionId: string): string[] =>
	shuffle(list, (seed ?? 0) ^ hashString(questionId));

/** Points for ticking: one per right pick, minus one per wrong pick, never below zero. */
export function tickPoints(
	picked: readonly string[],
	right: readonly string[],
	known: readonly string[]
): number {
	let earned = 0;
	for (const id of new Set(picked)) {
		if (!known.includes(id)) continue;
		earned += right.includes(id) ? 1 : -1;
	}
	return Math.max(0, earned);
}
