// What is kept of a learner's work on one quiz: the attempt in progress and the best result. The
// session rules (session.ts) own these types; the progress store saves them as they are.
import type { Response } from './kinds';

/** One run through a lesson's quiz, saved as it changes. */
export interface Attempt {
	/** The learner's current answer to each question, by question id. */
	responses: Record<string, Response>;
	/** Practice mode: ids of questions whose answer has been checked (feedback shown). */
	checked: string[];
	/** Test mode: the whole quiz was submitted (review shown). Practice: every question was checked. */
	submitted: boolean;
	/** Seed for shuffling questions and options: kept, so a reload shows the same order. */
	seed: number;
	/** Retry mode: only these question ids are asked; null means all. */
	only: string[] | null;
	startedAt: number;
	updatedAt: number;
}

export interface Best {
	earned: number;
	max: number;
	percent: number;
	passed: boolean;
}

/** Everything kept about one quiz, under a key: a lesson slug, or an assignment's own key. */
export interface QuizRecord {
	attempt: Attempt;
	/** Best finished attempt so far, or null before the first finish. */
	best: Best | null;
	/** How many attempts were finished (submitted). */
	finished: number;
}

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
