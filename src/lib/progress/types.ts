// The contract between the quiz UI and saved progress. Pure types: no DOM, no Svelte. The records
// themselves belong to the quiz's session rules (../quiz/record.ts).
import type { QuizRecord } from '../quiz/record';

export type { Attempt, AttemptResult, QuizRecord } from '../quiz/record';

/**
 * Why the learner should hear about their saved progress: repaired or set aside, or not being
 * saved. A code, not words: the words (t.progress, named by `kind`) go with the component that says
 * them (ProgressNotice), which most pages never load.
 */
export type Notice =
	| { kind: 'unreadable' | 'old' | 'newer' | 'leftAlone' | 'writeFailed' }
	| { kind: 'repaired'; quizzes: number };

export interface ProgressStore {
	/** False when browser storage is unavailable (private mode, quota): the quiz works, nothing is kept. */
	readonly persistent: boolean;
	/** Set when saved data had to be repaired or set aside, or stopped being saved; null otherwise. */
	readonly notice: Notice | null;
	/** A saved record, checked when it was read from storage (or an LMS): the quiz uses it as it is. */
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
