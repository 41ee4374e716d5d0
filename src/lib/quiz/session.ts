// A quiz attempt's rules as pure functions over the saved Attempt/QuizRecord: answering,
// checking, finishing, retrying. Quiz.svelte only calls these and saves what they return.
import { questionOrder } from './display';
import { isStrings } from './guard';
import { isAnswered, isResponse, type Question, type Response } from './kinds';
import { better, newAttempt, type Attempt, type QuizRecord } from './record';
import type { Quiz } from './schema';
import { score, type Status } from './score';

export type { Attempt, QuizRecord };

/** Practice: check each answer as you go. Test: no feedback until the whole quiz is submitted. */
export const MODES = ['practice', 'test'] as const;
export type Mode = (typeof MODES)[number];

export interface QuestionResult {
	id: string;
	earned: number;
	max: number;
	status: Status;
}

export interface Result {
	earned: number;
	max: number;
	percent: number;
	passed: boolean;
	passMark: number;
	questions: QuestionResult[];
}

/** Saved data may be old or hand-edited: keep what is usable, so the quiz never crashes on it. */
export function usableAttempt(a: Partial<Attempt> | undefined | null, now = Date.now()): Attempt {
	const fresh = newAttempt(undefined, now);
	if (!a || typeof a !== 'object') return fresh;
	const saved =
		a.responses && typeof a.responses === 'object' && !Array.isArray(a.responses) ? a.responses : {};
	const responses = Object.fromEntries(Object.entries(saved).filter(([, r]) => isResponse(r)));
	return {
		responses,
		checked: isStrings(a.checked) ? a.checked : [],
		submitted: a.submitted === true,
		seed: Number.isInteger(a.seed) ? (a.seed as number) : fresh.seed,
		only: isStrings(a.only) ? a.only : null,
		startedAt: typeof a.startedAt === 'number' ? a.startedAt : now,
		updatedAt: typeof a.updatedAt === 'number' ? a.updatedAt : now
	};
}

/** A saved record made safe to use: see usableAttempt. */
export function usableRecord(r: Partial<QuizRecord> | undefined | null): QuizRecord {
	const best = r?.best;
	const finite = (x: unknown) => Number.isFinite(x);
	return {
		attempt: usableAttempt(r?.attempt),
		best:
			best &&
			finite(best.earned) &&
			finite(best.max) &&
			finite(best.percent) &&
			typeof best.passed === 'boolean'
				? best
				: null,
		finished: Number.isInteger(r?.finished) && (r?.finished as number) >= 0 ? (r?.finished as number) : 0
	};
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
	return { ...attempt, responses, updatedAt: now };
}

/** Practice: marks a question checked (its answer locked, feedback shown). */
export function check(attempt: Attempt, id: string, now = Date.now()): Attempt {
	if (attempt.checked.includes(id)) return attempt;
	return { ...attempt, checked: [...attempt.checked, id], updatedAt: now };
}

/** Practice: "Try again" unlocks a checked question. */
export function uncheck(attempt: Attempt, id: string, now = Date.now()): Attempt {
	return { ...attempt, checked: attempt.checked.filter((c) => c !== id), updatedAt: now };
}

export function isLocked(attempt: Attempt, id: string, mode: Mode): boolean {
	return attempt.submitted || (mode === 'practice' && attempt.checked.includes(id));
}

/** Practice: the attempt is over once every asked question has been checked. */
export function allChecked(asked: readonly Question[], attempt: Attempt): boolean {
	return asked.length > 0 && asked.every((q) => attempt.checked.includes(q.id));
}

/**
 * The score over the whole quiz. A retry keeps the answers that were right, so its result is the
 * learner's standing on every question, not only on the retried few.
 */
export function result(quiz: Quiz, attempt: Attempt, passMark: number): Result {
	let earned = 0;
	let max = 0;
	const questions = quiz.questions.map((q) => {
		const s = score(q, attempt.responses[q.id]);
		earned += s.earned;
		max += s.max;
		return { id: q.id, ...s };
	});
	const exact = max === 0 ? 0 : (earned / max) * 100;
	// Pass on the exact share, so 69.6% does not pass a 70% mark by rounding.
	return { earned, max, percent: Math.round(exact), passed: exact >= passMark, passMark, questions };
}

/** Ids of the questions not fully right. */
export function missed(quiz: Quiz, attempt: Attempt): string[] {
	return quiz.questions
		.filter((q) => score(q, attempt.responses[q.id]).status !== 'correct')
		.map((q) => q.id);
}

/** Ends the attempt: submitted, best kept, one more finish counted. */
export function finish(record: QuizRecord, quiz: Quiz, passMark: number, now = Date.now()): QuizRecord {
	if (record.attempt.submitted) return record;
	const { earned, max, percent, passed } = result(quiz, record.attempt, passMark);
	return {
		attempt: { ...record.attempt, submitted: true, updatedAt: now },
		best: better(record.best, { earned, max, percent, passed }),
		finished: record.finished + 1
	};
}

/** A new attempt asking only the missed questions; the right answers carry over. */
export function retryMissed(record: QuizRecord, quiz: Quiz, seed?: number, now = Date.now()): QuizRecord {
	const only = missed(quiz, record.attempt);
	const kept = Object.fromEntries(
		Object.entries(record.attempt.responses).filter(
			([id]) => !only.includes(id) && quiz.questions.some((q) => q.id === id)
		)
	);
	const attempt = { ...newAttempt(seed, now), responses: kept, only: only.length ? only : null };
	return { ...record, attempt };
}

/** A fresh attempt at every question; best and the finish count stay. */
export function startOver(record: QuizRecord, seed?: number, now = Date.now()): QuizRecord {
	return { ...record, attempt: newAttempt(seed, now) };
}
