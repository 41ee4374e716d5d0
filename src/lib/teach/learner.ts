// What the learner's browser keeps about one assignment: their name and each finished lesson's
// result. Pure: reading it back (saved data may be old, hand-edited or from another version),
// merging two tabs' versions, and the changes the page makes. learner-store.ts does the storage.
import * as v from 'valibot';
import { MAX_NAME, type LessonResult } from './results-code';
import { cleanText, SafeText } from './text';

export interface LearnerState {
	name: string;
	/** When the name was last set, Unix seconds (0: never, or saved before this was kept). */
	namedAt: number;
	/** When each lesson was first opened, Unix seconds. */
	started: Record<string, number>;
	results: Record<string, LessonResult>;
}

const Int = v.pipe(v.number(), v.integer(), v.minValue(0));
const Result = v.object({
	slug: v.string(),
	earned: Int,
	max: Int,
	passed: v.boolean(),
	questions: v.array(v.object({ id: v.string(), earned: Int, max: Int })),
	startedAt: Int,
	finishedAt: Int
});
const Saved = v.object({
	name: v.union([v.literal(''), SafeText(MAX_NAME)]),
	namedAt: v.optional(Int, 0),
	started: v.record(v.string(), Int),
	results: v.record(v.string(), Result)
});

export const emptyLearner = (): LearnerState => ({ name: '', namedAt: 0, started: {}, results: {} });

export const learnerKey = (assignment: string) => `assignment:${assignment}:learner`;

/**
 * What storage held: nothing; a good state; a state that failed its check but could be mended
 * (a name cleaned, bad entries left out); or nothing usable. The last two are set aside first.
 */
export type LearnerRead =
	| { kind: 'empty' }
	| { kind: 'ok'; state: LearnerState }
	| { kind: 'repaired'; state: LearnerState }
	| { kind: 'unreadable' };

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

export function readLearner(text: string | null | undefined): LearnerRead {
	if (text === null || text === undefined) return { kind: 'empty' };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { kind: 'unreadable' };
	}
	const parsed = v.safeParse(Saved, json);
	if (parsed.success) return { kind: 'ok', state: parsed.output };
	if (!isObject(json)) return { kind: 'unreadable' };
	// Keep what is good: a name saved before names were cleaned (a tab in it) is cleaned now.
	const name = typeof json.name === 'string' ? cleanText(json.name, MAX_NAME) : null;
	/** The entries of `x` that pass `schema`: one bad lesson does not cost the others. */
	const keep = <T>(x: unknown, schema: v.GenericSchema<unknown, T>): Record<string, T> => {
		const out: Record<string, T> = {};
		for (const [k, value] of isObject(x) ? Object.entries(x) : []) {
			const r = v.safeParse(schema, value);
			// `__proto__` would set the object's prototype rather than add an entry.
			if (r.success && k !== '__proto__') out[k] = r.output;
		}
		return out;
	};
	const state: LearnerState = {
		name: name?.ok ? name.value : '',
		namedAt: v.is(Int, json.namedAt) ? json.namedAt : 0,
		started: keep(json.started, Int),
		results: keep(json.results, Result)
	};
	const kept = state.name || Object.keys(state.started).length || Object.keys(state.results).length;
	return kept ? { kind: 'repaired', state } : { kind: 'unreadable' };
}

/**
 * One state from two tabs' versions, losing nothing: every lesson either finished (the later
 * finish where both did), the earlier first opening, and the name set last. `a` is what storage
 * holds, `b` this tab's version; on a tie `b` wins.
 */
export function mergeLearners(a: LearnerState, b: LearnerState): LearnerState {
	const named = b.namedAt >= a.namedAt && (b.name || !a.name) ? b : a;
	const started = { ...b.started };
	for (const [slug, at] of Object.entries(a.started)) started[slug] = Math.min(at, started[slug] ?? at);
	const results = { ...a.results };
	for (const [slug, r] of Object.entries(b.results)) {
		const theirs = results[slug];
		if (!theirs || r.finishedAt >= theirs.finishedAt) results[slug] = r;
	}
	return { name: named.name, namedAt: named.namedAt, started, results };
}

export const withName = (s: LearnerState, name: string, at: number): LearnerState => ({
	...s,
	name,
	namedAt: at
});

/** Records when a lesson was first opened; later openings change nothing. */
export const withStarted = (s: LearnerState, slug: string, at: number): LearnerState =>
	s.started[slug] ? s : { ...s, started: { ...s.started, [slug]: at } };

export const withResult = (s: LearnerState, result: LessonResult): LearnerState => ({
	...s,
	results: { ...s.results, [result.slug]: result }
});

/** Unix seconds now. */
export const nowSeconds = (now = Date.now()) => Math.floor(now / 1000);
