// What the learner's browser keeps about one assignment: their name and every finished attempt at
// each lesson. Pure: reading it back (saved data may be old, hand-edited or from another version),
// merging two tabs' versions, the changes the page makes, and the lesson results a code carries.
// learner-store.ts does the storage.
import * as v from 'valibot';
import {
	codeAttempts,
	MAX_NAME,
	type AttemptScore,
	type ItemResult,
	type LessonResult
} from './results-code';
import { cleanText, SafeText } from './text';
import { pickOf } from './picks';
import type { Response } from '../quiz/kinds';
import type { Quiz } from '../quiz/schema';
import type { QuizRecord } from '../quiz/record';
import type { Result as QuizResult } from '../quiz/session';

/** A finished attempt as kept in the browser: its score and its questions. */
export interface StoredAttempt extends AttemptScore {
	items: ItemResult[];
}

/** Every finished attempt at one lesson, in order of number. */
export interface StoredLesson {
	slug: string;
	/** Unix seconds: when the lesson was first opened. */
	startedAt: number;
	attempts: StoredAttempt[];
}

export interface LearnerState {
	name: string;
	/** When the name was last set, Unix seconds (0: never, or saved before this was kept). */
	namedAt: number;
	/** When each lesson was first opened, Unix seconds. */
	started: Record<string, number>;
	results: Record<string, StoredLesson>;
}

const Int = v.pipe(v.number(), v.integer(), v.minValue(0));
const Pick = v.union([v.string(), v.boolean(), v.array(v.string())]);
const Item = v.object({
	id: v.string(),
	earned: Int,
	max: Int,
	firstTry: v.nullable(Int),
	pick: v.optional(Pick)
});
const Attempt = v.object({
	number: v.pipe(Int, v.minValue(1)),
	earned: Int,
	max: Int,
	passed: v.boolean(),
	finishedAt: Int,
	firstTry: v.nullable(Int),
	items: v.array(Item)
});
const Lesson = v.object({
	slug: v.string(),
	startedAt: Int,
	attempts: v.pipe(
		v.array(Attempt),
		v.minLength(1),
		v.transform((a) => [...a].sort((x, y) => x.number - y.number))
	)
});
// What the first release kept: one result per lesson, read as its attempt 1 without first tries.
const FirstRelease = v.pipe(
	v.object({
		slug: v.string(),
		earned: Int,
		max: Int,
		passed: v.boolean(),
		questions: v.array(v.object({ id: v.string(), earned: Int, max: Int })),
		startedAt: Int,
		finishedAt: Int
	}),
	v.transform((r): StoredLesson => ({
		slug: r.slug,
		startedAt: r.startedAt,
		attempts: [
			{
				number: 1,
				earned: r.earned,
				max: r.max,
				passed: r.passed,
				finishedAt: r.finishedAt,
				firstTry: null,
				items: r.questions.map((q) => ({ id: q.id, earned: q.earned, max: q.max, firstTry: null }))
			}
		]
	}))
);
const Result = v.union([Lesson, FirstRelease]);
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
 * Two versions of one lesson's attempts as one: the union by attempt number. The same number in
 * both is one attempt saved twice; should they differ, the earlier finish stands, as the first
 * submission of an attempt always does (withAttempt).
 */
export function mergeLesson(a: StoredLesson, b: StoredLesson): StoredLesson {
	const byNumber = new Map<number, StoredAttempt>();
	for (const attempt of [...a.attempts, ...b.attempts]) {
		const known = byNumber.get(attempt.number);
		if (!known || attempt.finishedAt < known.finishedAt) byNumber.set(attempt.number, attempt);
	}
	return {
		slug: b.slug,
		startedAt: Math.min(a.startedAt, b.startedAt),
		attempts: [...byNumber.values()].sort((x, y) => x.number - y.number)
	};
}

/**
 * One state from two tabs' versions, losing nothing: every attempt finished in either tab (merged
 * lesson by lesson, by attempt number), the earlier first opening, and the name set last. `a` is
 * what storage holds, `b` this tab's version; on a tie `b` wins.
 */
export function mergeLearners(a: LearnerState, b: LearnerState): LearnerState {
	const named = b.namedAt >= a.namedAt && (b.name || !a.name) ? b : a;
	const started = { ...b.started };
	for (const [slug, at] of Object.entries(a.started)) started[slug] = Math.min(at, started[slug] ?? at);
	const results = { ...a.results };
	for (const [slug, r] of Object.entries(b.results)) {
		const theirs = results[slug];
		results[slug] = theirs ? mergeLesson(theirs, r) : r;
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

/**
 * Records a finished attempt. An attempt number already recorded is left as it was: a submitted
 * score is never replaced (not by the quiz reporting the same attempt again, nor by a quiz whose
 * saved progress was cleared and which counts from 1 again).
 */
export function withAttempt(
	s: LearnerState,
	slug: string,
	attempt: StoredAttempt,
	startedAt: number
): LearnerState {
	const lesson = s.results[slug];
	if (lesson?.attempts.some((a) => a.number === attempt.number)) return s;
	const next: StoredLesson = lesson
		? mergeLesson(lesson, { slug, startedAt: lesson.startedAt, attempts: [attempt] })
		: { slug, startedAt: Math.min(startedAt, attempt.finishedAt), attempts: [attempt] };
	return { ...s, results: { ...s.results, [slug]: next } };
}

/**
 * A finished attempt from what the quiz reports (its result) and the answers it ended with (for
 * the choices made on choice questions; null when they cannot be read, and then no picks are kept).
 */
export function attemptFrom(
	result: QuizResult,
	quiz: Quiz,
	responses: Readonly<Record<string, Response>> | null,
	finishedAt: number
): StoredAttempt {
	const questions = new Map(quiz.questions.map((q) => [q.id, q]));
	return {
		number: result.number,
		earned: result.earned,
		max: result.max,
		passed: result.passed,
		finishedAt,
		firstTry: result.firstTry?.earned ?? null,
		items: result.items.map((item) => {
			const q = questions.get(item.id);
			const pick = q && responses ? pickOf(q, responses[item.id]) : undefined;
			const kept = { id: item.id, earned: item.earned, max: item.max, firstTry: item.firstTry };
			return pick === undefined ? kept : { ...kept, pick };
		})
	};
}

/** A lesson as a results code carries it: its attempts (capped), and the first attempt's questions. */
export function lessonResult(lesson: StoredLesson): LessonResult {
	const attempts = codeAttempts(lesson.attempts);
	return {
		slug: lesson.slug,
		startedAt: lesson.startedAt,
		attempts: attempts.map(({ items: _, ...score }) => score),
		items: attempts[0]?.items ?? []
	};
}

/** Unix seconds now. */
export const nowSeconds = (now = Date.now()) => Math.floor(now / 1000);

/**
 * `s` with what a quiz record holds for `slug` and the learner state does not: a submitted attempt
 * whose result was never kept (storage full at the moment of submitting, so the quiz's small save
 * got in and the learner's did not). The submitted attempt is scored again from its saved answers
 * (`score` is the quiz's own result function); earlier finished attempts, whose answers are gone,
 * keep their scores without questions. Attempts already kept are left as they are (withAttempt).
 */
export function withRecorded(
	s: LearnerState,
	slug: string,
	record: QuizRecord | undefined,
	quiz: Quiz,
	score: (attempt: QuizRecord['attempt']) => QuizResult
): LearnerState {
	if (!record || !record.attempt.submitted) return s;
	const kept = new Set((s.results[slug]?.attempts ?? []).map((a) => a.number));
	let next = s;
	for (const h of record.history) {
		if (kept.has(h.number)) continue;
		const finishedAt = nowSeconds(h.finishedAt || Date.now());
		const startedAt = next.started[slug] ?? nowSeconds(record.attempt.startedAt || h.finishedAt);
		const attempt: StoredAttempt =
			h.number === record.attempt.number
				? attemptFrom(score(record.attempt), quiz, record.attempt.responses, finishedAt)
				: {
						number: h.number,
						earned: h.earned,
						max: h.max,
						passed: h.passed,
						finishedAt,
						firstTry: h.firstTry?.earned ?? null,
						items: []
					};
		next = withAttempt(next, slug, attempt, startedAt);
	}
	return next;
}
