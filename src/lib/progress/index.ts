// The one progress store the site uses. On the server (prerendering) nothing is kept.
import { memoryProgress } from './memory';
import type { ProgressStore } from './types';

let store: ProgressStore | undefined;

export function getProgress(): ProgressStore {
	// Placeholder until the browser store lands: same contract, memory only.
	store ??= memoryProgress();
	return store;
}

export type { ProgressStore, QuizRecord, Attempt, Best } from './types';
