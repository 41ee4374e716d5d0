// Making and finishing records: pure functions over the types.
import type { Attempt, Best, QuizRecord } from './types';

export function newSeed(): number {
	return Math.floor(Math.random() * 2 ** 31);
}

export function newAttempt(seed = newSeed(), now = Date.now()): Attempt {
	return { responses: {}, checked: [], submitted: false, seed, only: null, startedAt: now, updatedAt: now };
}

export function newRecord(seed?: number): QuizRecord {
	return { attempt: newAttempt(seed), best: null, finished: 0 };
}

/** Keeps the better of two results: higher percentage wins. */
export function better(a: Best | null, b: Best): Best {
	return a && a.percent >= b.percent ? a : b;
}
