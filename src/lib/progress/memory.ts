// A ProgressStore that keeps nothing beyond the page: for tests and when storage is unavailable.
import type { Notice, ProgressStore, QuizRecord } from './types';

export function memoryProgress(notice: Notice | null = null, persistent = false): ProgressStore {
	const records: Record<string, QuizRecord> = {};
	const listeners = new Set<() => void>();
	let last: string | null = null;
	const emit = () => listeners.forEach((l) => l());
	return {
		persistent,
		notice,
		get: (key) => records[key],
		all: () => records,
		lastKey: () => last,
		put(key, record) {
			records[key] = record;
			last = key;
			emit();
		},
		remove(key) {
			delete records[key];
			emit();
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		}
	};
}
