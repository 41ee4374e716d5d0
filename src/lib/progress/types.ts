// The contract between the quiz UI and saved progress. Pure types: no DOM, no Svelte.
import type { Response } from '../quiz/schema';

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

export interface ProgressStore {
	/** False when browser storage is unavailable (private mode, quota): the quiz works, nothing is kept. */
	readonly persistent: boolean;
	/** A message for the learner when saved data had to be repaired or set aside; null otherwise. */
	readonly notice: string | null;
	get(key: string): QuizRecord | undefined;
	all(): Readonly<Record<string, QuizRecord>>;
	/** The key most recently changed: "continue where you left off". */
	lastKey(): string | null;
	/** Replaces a record and saves at once; other tabs see the change. */
	put(key: string, record: QuizRecord): void;
	remove(key: string): void;
	/** Called after every change, local or from another tab. Returns the unsubscribe function. */
	subscribe(listener: () => void): () => void;
}
