// A quiz attempt's rules as pure functions over the saved Attempt/QuizRecord: answering, checking
// with first tries and shown answers, submitting, attempts and their limit (what follows a finished
// attempt, retrying or starting over, is in ./again.ts). Quiz.svelte only calls these and saves what
// they return.
import { questionOrder } from './display';
import { isFiniteNumber, isObject, isStrings } from './guard';
import { isAnswered, isResponse, type Question, type Response } from './kinds';
import { MODES, newAttempt, type Attempt, type AttemptResult, type Mode, type QuizRecord } from './record';
import type { Quiz } from './schema';
import { score, type Score, type Status } from './score';

export { MODES, type Attempt, type AttemptResult, type Mode, type QuizRecord };

/** In test mode, when the right answers are shown in the review. */
export const REVIEWS = ['always', 'after-last', 'never'] as const;
export type Review = (typeof REVIEWS)[number];

/** How one quiz runs: set by the lesson page (the learner's choice), an assignment or an embed. */
export interface Settings {
	mode: Mode;
	/** Percent needed to pass, 0 to 100. */
	passMark: number;
	shuffle: boolean;
	/** How many attempts may be finished; null: as many as the learner likes. */
	attempts: number | null;
	/** Test mode: whether the review shows the right answers. */
	review: Review;
}

export interface QuestionResult extends Score {
	id: string;
	/** Practice: points at the first check (0 if the answer was shown first); null otherwise. */
	firstTry: number | null;
}

export interface Result {
	number: number;
	mode: Mode;
	earned: number;
	max: number;
	percent: number;
	passed: boolean;
	passMark: number;
	/** Questions fully right, and how many were scored. */
	right: number;
	questions: number;
	firstTry: { earned: number; right: number } | null;
	items: QuestionResult[];
}

const record = <T>(x: unknown, check: (v: unknown) => v is T): Record<string, T> =>
	isObject(x) ? Object.fromEntries(Object.entries(x).filter((e): e is [string, T] => check(e[1]))) : {};
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

/** Saved data may be old or hand-edited: keep what is usable, so the quiz never crashes on it. */
export function usableAttempt(a: unknown, now = Date.now()): Attempt {
	const fresh = newAttempt(1, 'practice', undefined, now);
	if (!isObject(a)) return fresh;
	return {
		number: isCount(a.number) && a.number > 0 ? a.number : 1,
		mode: MODES.includes(a.mode as Mode) ? (a.mode as Mode) : 'practice',
		responses: record(a.responses, isResponse),
		changed: record(a.changed, isFiniteNumber),
		tries: record(a.tries, isCount),
		checkedAt: record(a.checkedAt, isFiniteNumber),
		firstTry: record(a.firstTry, isFiniteNumber),
		checked: isStrings(a.checked) ? a.checked : [],
		revealed: isStrings(a.revealed) ? a.revealed : [],
		submitted: a.submitted === true,
		seed: Number.isInteger(a.seed) ? (a.seed as number) : fresh.seed,
		only: isStrings(a.only) ? a.only : null,
		current: typeof a.current === 'string' ? a.current : null,
		startedAt: isFiniteNumber(a.startedAt) ? a.startedAt : now,
		updatedAt: isFiniteNumber(a.updatedAt) ? a.updatedAt : now
	};
}

function usableResult(x: unknown): AttemptResult | null {
	if (!isObject(x)) return null;
	const n = (v: unknown) => (isFiniteNumber(v) ? v : null);
	const [earned, max, percent] = [n(x.earned), n(x.max), n(x.percent)];
	if (earned === null || max === null || percent === null || typeof x.passed !== 'boolean') return null;
	const ft = isObject(x.firstTry) ? x.firstTry : null;
	return {
		// What else was kept with it (the attempts it was taken under, `limit`: checked where it is
		// used, ./again.ts, so anything but a count binds nothing).
		...(x as Partial<AttemptResult>),
		number: isCount(x.number) && x.number > 0 ? x.number : 1,
		mode: MODES.includes(x.mode as Mode) ? (x.mode as Mode) : 'practice',
		earned,
		max,
		percent,
		passed: x.passed,
		right: isCount(x.right) ? x.right : null,
		questions: isCount(x.questions) ? x.questions : null,
		firstTry:
			ft && isFiniteNumber(ft.earned) && isCount(ft.right) ? { earned: ft.earned, right: ft.right } : null,
		finishedAt: n(x.finishedAt) ?? 0
	};
}

/** A saved record made safe to use: see usableAttempt. */
export function usableRecord(r: unknown, now = Date.now()): QuizRecord {
	const x = isObject(r) ? r : {};
	const history = Array.isArray(x.history)
		? x.history.map(usableResult).filter((h): h is AttemptResult => h !== null)
		: [];
	return { attempt: usableAttempt(x.attempt, now), history };
}

/** The questions this attempt asks, in display order (`seed` null: as authored). */
export function askedQuestions(quiz: Quiz, attempt: Attempt, seed: number | null): Question[] {
	const only = attempt.only;
	let asked = quiz.questions;
	if (only) {
		const retried = asked.filter((q) => only.includes(q.id));
		// A retry list that names no current question (the quiz changed) asks everything.
		if (retried.length) asked = retried;
	}
	return questionOrder(asked, seed);
}

export const hasAnswer = (q: Question, r: Response | undefined): boolean => isAnswered(q.kind, r);

export function answeredCount(asked: readonly Question[], attempt: Attempt): number {
	return asked.filter((q) => hasAnswer(q, attempt.responses[q.id])).length;
}

/** Sets (or with null clears) one response. */
export function respond(attempt: Attempt, id: string, r: Response | null, now = Date.now()): Attempt {
	const responses = { ...attempt.responses };
	if (r) responses[id] = r;
	else delete responses[id];
	return { ...attempt, responses, changed: { ...attempt.changed, [id]: now }, updatedAt: now };
}

/** The paged player's question on screen. */
export const setCurrent = (attempt: Attempt, id: string, now = Date.now()): Attempt =>
	attempt.current === id ? attempt : { ...attempt, current: id, updatedAt: now };

export function isLocked(attempt: Attempt, id: string): boolean {
	return attempt.submitted || (attempt.mode === 'practice' && attempt.checked.includes(id));
}

/** Practice: what a check did. */
export type CheckOutcome = 'right' | 'try-again' | 'shown';

/**
 * Practice: checks one answered question. Right: done. Wrong the first time: the learner tries
 * again, told only what kind of mistake it is. Wrong the second time: the answer is shown, and the
 * question is done. The first check's points are kept as the first-try score.
 */
export function check(
	attempt: Attempt,
	q: Question,
	now = Date.now()
): { attempt: Attempt; outcome: CheckOutcome; score: Score } {
	const s = score(q, attempt.responses[q.id]);
	const tries = (attempt.tries[q.id] ?? 0) + 1;
	const outcome: CheckOutcome = s.status === 'correct' ? 'right' : tries >= 2 ? 'shown' : 'try-again';
	const next: Attempt = {
		...attempt,
		tries: { ...attempt.tries, [q.id]: tries },
		checkedAt: { ...attempt.checkedAt, [q.id]: now },
		firstTry: q.id in attempt.firstTry ? attempt.firstTry : { ...attempt.firstTry, [q.id]: s.earned },
		checked:
			outcome === 'try-again' || attempt.checked.includes(q.id)
				? attempt.checked
				: [...attempt.checked, q.id],
		revealed: outcome === 'shown' ? [...attempt.revealed, q.id] : attempt.revealed,
		updatedAt: now
	};
	return { attempt: next, outcome, score: s };
}

/** Practice: "Show answer". It counts as a miss: a question never checked has a first try of 0. */
export function showAnswer(attempt: Attempt, q: Question, now = Date.now()): Attempt {
	if (attempt.revealed.includes(q.id)) return attempt;
	return {
		...attempt,
		firstTry: q.id in attempt.firstTry ? attempt.firstTry : { ...attempt.firstTry, [q.id]: 0 },
		checked: attempt.checked.includes(q.id) ? attempt.checked : [...attempt.checked, q.id],
		revealed: [...attempt.revealed, q.id],
		checkedAt: { ...attempt.checkedAt, [q.id]: now },
		updatedAt: now
	};
}

/** Practice: the last check's feedback still describes the answer on screen. */
export function checkStands(attempt: Attempt, id: string): boolean {
	const at = attempt.checkedAt[id];
	return at !== undefined && (attempt.changed[id] ?? 0) <= at;
}

/** Practice: the attempt is over once every asked question is done. */
export function allDone(asked: readonly Question[], attempt: Attempt): boolean {
	return asked.length > 0 && asked.every((q) => attempt.checked.includes(q.id));
}

/**
 * The score over the whole quiz. A retry keeps the answers that were right, so its result is the
 * learner's standing on every question, not only on the retried few.
 */
export function result(quiz: Quiz, attempt: Attempt, passMark: number): Result {
	let earned = 0;
	let max = 0;
	let right = 0;
	const practice = attempt.mode === 'practice';
	const items = quiz.questions.map((q) => {
		const s = score(q, attempt.responses[q.id]);
		earned += s.earned;
		max += s.max;
		if (s.status === 'correct') right++;
		return { id: q.id, ...s, firstTry: practice ? (attempt.firstTry[q.id] ?? null) : null };
	});
	const exact = max === 0 ? 0 : (earned / max) * 100;
	// First tries tell what the learner knew unaided: only for a full practice attempt.
	const firstTry =
		practice && !attempt.only
			? {
					earned: items.reduce((n, i) => n + (i.firstTry ?? 0), 0),
					right: items.filter((i) => i.firstTry !== null && i.firstTry === i.max).length
				}
			: null;
	return {
		number: attempt.number,
		mode: attempt.mode,
		earned,
		max,
		// Pass on the exact share, so 69.6% does not pass a 70% mark by rounding.
		percent: Math.round(exact),
		passed: exact >= passMark,
		passMark,
		right,
		questions: quiz.questions.length,
		firstTry,
		items
	};
}

/** Ends the attempt: submitted, its result added to the history. Finishing twice changes nothing. */
export function finish(
	record: QuizRecord,
	quiz: Quiz,
	passMark: number,
	now = Date.now(),
	taken?: Pick<Settings, 'attempts'>
): QuizRecord {
	if (record.attempt.submitted) return record;
	const r = result(quiz, record.attempt, passMark);
	const summary: AttemptResult = {
		number: r.number,
		mode: r.mode,
		earned: r.earned,
		max: r.max,
		percent: r.percent,
		passed: r.passed,
		right: r.right,
		questions: r.questions,
		firstTry: r.firstTry,
		finishedAt: now,
		// The attempts allowed as it was taken bind every later visit in this browser (../quiz/again.ts).
		limit: taken?.attempts
	};
	return {
		attempt: { ...record.attempt, submitted: true, updatedAt: now },
		history: [...record.history, summary]
	};
}

/** Attempts the learner may still start; null: no limit. (What binds later visits: ./again.ts.) */
export function attemptsLeft(record: QuizRecord, settings: Pick<Settings, 'attempts'>): number | null {
	return settings.attempts === null ? null : Math.max(0, settings.attempts - record.history.length);
}

/** A new attempt may begin: the current one is finished and the limit is not reached. */
export function canStartNew(record: QuizRecord, settings: Pick<Settings, 'attempts'>): boolean {
	const left = attemptsLeft(record, settings);
	return record.attempt.submitted && (left === null || left > 0);
}

/** Whether the finished attempt's review shows the right answers. Practice always does. */
export function reviewShowsKey(record: QuizRecord, settings: Pick<Settings, 'attempts' | 'review'>): boolean {
	if (record.attempt.mode === 'practice') return true;
	if (settings.review === 'always') return true;
	if (settings.review === 'never') return false;
	return !canStartNew(record, settings);
}

/** Before anything is answered, the learner may still choose the other mode for this attempt. */
export function switchMode(record: QuizRecord, mode: Mode, now = Date.now()): QuizRecord {
	const a = record.attempt;
	if (a.mode === mode || a.submitted || Object.keys(a.responses).length || a.checked.length) return record;
	return { ...record, attempt: { ...a, mode, updatedAt: now } };
}

/** Test mode: the questions left unanswered, asked about once before submitting. */
export function unanswered(asked: readonly Question[], attempt: Attempt): Question[] {
	return asked.filter((q) => !hasAnswer(q, attempt.responses[q.id]));
}

export type { Status };
