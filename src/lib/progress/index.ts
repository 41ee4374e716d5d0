// The one progress store the site uses: browser storage in a browser; on the server (prerendering)
// nothing is kept.
import { browserProgress } from './browser';
import { memoryProgress } from './memory';
import type { ProgressStore } from './types';

let store: ProgressStore | undefined;

export function getProgress(): ProgressStore {
	// A build-time constant, so a browser's script does not carry the server's store.
	store ??= import.meta.env.SSR ? memoryProgress() : browserProgress();
	return store;
}

export type { ProgressStore, QuizRecord, Attempt, AttemptResult } from './types';
