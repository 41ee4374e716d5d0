// A ProgressStore kept by the LMS: the quiz's record lives in cmi.suspend_data (suspend.ts), so a
// learner who leaves mid-quiz finds their answers on any computer, and nothing of theirs stays in
// the browser for the next person at a shared one. The Quiz component takes it as its `store` and
// needs no SCORM knowledge.
//
// One key (the lesson's) goes to the LMS; any other key is kept in memory only. When the LMS
// refuses a save, `persistent` turns false until one succeeds again (listeners are told either
// way). Once the session has finished (result sent, or the page left) changes stay in memory and
// `persistent` no longer changes: there is nothing more the LMS would take.
import type { ProgressStore, QuizRecord } from '../progress/types';
import type { ScormSession } from './session';
import { packRecord, unpackRecord } from './suspend';

export type LmsProgress = ProgressStore & {
	/** What happened to the state the LMS handed back: none, restored, or unreadable (started afresh). */
	readonly restored: 'none' | 'restored' | 'unreadable';
};

export function lmsProgress(
	session: Pick<ScormSession, 'state' | 'resumed' | 'suspend'>,
	key: string,
	now = Date.now
): LmsProgress {
	const records: Record<string, QuizRecord> = {};
	const listeners = new Set<() => void>();
	let last: string | null = null;
	let persistent = session.state === 'connected';
	let restored: LmsProgress['restored'] = 'none';

	if (session.resumed !== null) {
		const record = unpackRecord(session.resumed, now());
		if (record) {
			records[key] = record;
			last = key;
			restored = 'restored';
		} else {
			restored = 'unreadable';
		}
	}
	const emit = () => listeners.forEach((l) => l());

	return {
		get persistent() {
			return persistent;
		},
		// Nothing is set aside in an LMS: what could not be restored is said by the page (`restored`).
		notice: null,
		restored,
		get: (k) => records[k],
		all: () => records,
		lastKey: () => last,
		put(k, record) {
			records[k] = record;
			last = k;
			if (k === key && session.state === 'connected') {
				persistent = session.suspend(packRecord(record));
			}
			emit();
		},
		remove(k) {
			delete records[k];
			if (last === k) last = null;
			if (k === key && session.state === 'connected') persistent = session.suspend('');
			emit();
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		}
	};
}
