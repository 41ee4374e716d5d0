// What is kept of a learner's work on one quiz: the attempt in progress and every finished attempt's
// result. The session rules (session.ts) own these types; the progress store saves them as they are.
import type { Response } from './kinds';

/** Practice: check each answer as you go. Test: no feedback until the whole quiz is submitted. */
export const MODES = ['practice', 'test'] as const;
export type Mode = (typeof MODES)[number];

/** One run through a lesson's quiz, saved as it changes. */
export interface Attempt {
	/** 1 for the first attempt at this quiz, then 2, 3…: what results, codes and LMSs report. */
	number: number;
	mode: Mode;
	/** The learner's current answer to each question, by question id. */
	responses: Record<string, Response>;
	/**
	 * When each question's answer last changed (a cleared answer keeps its time): two tabs' answers
	 * to one attempt merge question by question, the newer one winning.
	 */
	changed: Record<string, number>;
	/** Practice: how many times each question's answer was checked. */
	tries: Record<string, number>;
	/** Practice: when each question was last checked (its feedback stands until the answer changes). */
	checkedAt: Record<string, number>;
	/** Practice: the points each question earned at its first check: what the learner knew unaided. */
	firstTry: Record<string, number>;
	/** Practice: questions that are done (right, or their answer shown); they no longer change. */
	checked: string[];
	/** Practice: questions whose answer was shown (after a second wrong check, or on request). */
	revealed: string[];
	/** The whole attempt is over: submitted (test) or every question done (practice). */
	submitted: boolean;
	/** Seed for shuffling questions and options: kept, so a reload shows the same order. */
	seed: number;
	/** Retry: only these question ids are asked; null means all. */
	only: string[] | null;
	/** The question on screen in the paged player, so a reload comes back to it. */
	current: string | null;
	startedAt: number;
	updatedAt: number;
}

/** A finished attempt, as it stands in the learner's history. */
export interface AttemptResult {
	number: number;
	mode: Mode;
	earned: number;
	max: number;
	/** 0..100, rounded; passing is decided on the exact share. */
	percent: number;
	passed: boolean;
	/** Questions fully right, of `questions`; null for results kept from before they were counted. */
	right: number | null;
	questions: number | null;
	/** Practice: the same score counted on each question's first check; null in test mode. */
	firstTry: { earned: number; right: number } | null;
	finishedAt: number;
	/**
	 * The attempts allowed as this attempt was taken (null: no limit): a later visit with looser
	 * settings (another link, `?attempts=5`) is held to it. Absent on results saved before it was kept.
	 */
	limit?: number | null | undefined;
}

/** Everything kept about one quiz, under a key: a lesson slug, or an assignment's own key. */
export interface QuizRecord {
	attempt: Attempt;
	/** Finished attempts, oldest first. */
	history: AttemptResult[];
}

export function newSeed(): number {
	return Math.floor(Math.random() * 2 ** 31);
}

export function newAttempt(number = 1, mode: Mode = 'practice', seed = newSeed(), now = Date.now()): Attempt {
	return {
		number,
		mode,
		responses: {},
		changed: {},
		tries: {},
		checkedAt: {},
		firstTry: {},
		checked: [],
		revealed: [],
		submitted: false,
		seed,
		only: null,
		current: null,
		startedAt: now,
		updatedAt: now
	};
}

export function newRecord(mode: Mode = 'practice', seed?: number, now = Date.now()): QuizRecord {
	return { attempt: newAttempt(1, mode, seed, now), history: [] };
}

/** The best finished attempt: highest percentage, the earlier one on a tie. */
export function best(record: QuizRecord): AttemptResult | null {
	return record.history.reduce<AttemptResult | null>((b, r) => (b && b.percent >= r.percent ? b : r), null);
}

/** The first finished attempt: what the learner knew before any retry. */
export const first = (record: QuizRecord): AttemptResult | null => record.history[0] ?? null;
