// The ProgressStore used in a browser: everything under one versioned localStorage key, written at
// once on every change and re-read when another tab writes it, so tabs stay in step. Each change
// re-reads storage first, and a record another tab changed in the meantime is merged with this
// tab's version (merge.ts), not replaced.
//
// It never throws at the learner. What it reads is validated (stored.ts) and:
// - unreadable JSON, or the wrong shape     -> the raw text is copied to `<KEY>:set-aside:<ISO time>`,
//                                              the store starts fresh and `notice` says so;
// - version 1 with malformed records        -> the original is set aside the same way, the good
//   (hand edits)                               records are kept, the bad ones dropped, with a notice;
// - an older/unknown version                -> set aside with a notice (no older shape ever shipped,
//                                              so there is nothing to migrate);
// - a newer version (a newer build wrote it) -> left untouched: the store works in memory only;
// - set-aside impossible (storage full)     -> the saved data is left untouched, memory only.
// When storage cannot be used at all (access or a test write throws: private mode, blocked
// storage, quota) or a write fails mid-session, `persistent` turns false and the store carries on
// in memory: the quiz works, the notice component says progress will not be kept.
import { mergeRecords } from './merge';
import { readStored, VERSION, writeStored, type Stored } from './stored';
import type { Notice, ProgressStore, QuizRecord } from './types';

export const KEY = 'news-lessons:progress';
export const SET_ASIDE = `${KEY}:set-aside:`;

export interface BrowserOptions {
	/** Where to keep data; may throw (storage blocked). Default: window.localStorage. */
	storage?: () => Storage;
	/** Where `storage` events from other tabs arrive. Default: window. */
	events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
	now?: () => Date;
}

export type BrowserProgress = ProgressStore & { close(): void };

const fresh = (): Stored => ({ version: VERSION, records: {}, last: null });
const sameRecord = (a: QuizRecord | undefined, b: QuizRecord | undefined) =>
	a === b || (!!a && !!b && JSON.stringify(a) === JSON.stringify(b));

export function browserProgress(options: BrowserOptions = {}): BrowserProgress {
	const now = options.now ?? (() => new Date());
	const events = options.events ?? window;
	const listeners = new Set<() => void>();
	let data = fresh();
	let notice: Notice | null = null;
	let storage: Storage | null = null;
	let persistent = false;

	try {
		storage = (options.storage ?? (() => window.localStorage))();
		// A test write: some private modes hand out a storage that refuses every write.
		storage.setItem(`${KEY}:probe`, '1');
		storage.removeItem(`${KEY}:probe`);
		persistent = true;
	} catch {
		persistent = false;
	}

	const emit = () => listeners.forEach((l) => l());

	/** Saves `data`; on failure (quota) carries on in memory and says so. */
	function write(): void {
		if (!persistent || !storage) return;
		try {
			storage.setItem(KEY, writeStored(data));
		} catch {
			persistent = false;
			notice = { kind: 'writeFailed' };
		}
	}

	function setAside(raw: string): boolean {
		try {
			storage!.setItem(SET_ASIDE + now().toISOString(), raw);
			return true;
		} catch {
			return false;
		}
	}

	/** Stops saving without touching what is stored (it may be the only copy of something). */
	function leaveAlone(why: Notice): void {
		persistent = false;
		notice = why;
	}

	/** Brings `data` up to date with storage, repairing what needs it. Only while persistent. */
	function refresh(): void {
		if (!persistent || !storage) return;
		let raw: string | null;
		try {
			raw = storage.getItem(KEY);
		} catch {
			persistent = false;
			return;
		}
		const read = readStored(raw);
		if (read.kind === 'empty') {
			data = fresh();
		} else if (read.kind === 'ok' && read.dropped === 0) {
			data = read.data;
			if (read.migrated) {
				// Carried over from the first release's format: the original is kept aside (quietly:
				// nothing was lost) and the new format written, so this happens once.
				setAside(raw!);
				write();
			}
		} else if (read.kind === 'newer') {
			leaveAlone({ kind: 'newer' });
		} else if (!setAside(raw!)) {
			leaveAlone({ kind: 'leftAlone' });
		} else {
			data = read.kind === 'ok' ? read.data : fresh();
			notice =
				read.kind === 'ok'
					? { kind: 'repaired', quizzes: read.dropped }
					: { kind: read.kind === 'old' ? 'old' : 'unreadable' };
			// Write the repaired data at once, so a reload or another tab does not repair it again.
			write();
		}
	}

	/** Reads storage even when it cannot be written, so saved progress still shows. */
	function readOnly(): void {
		try {
			const read = readStored(storage?.getItem(KEY) ?? null);
			if (read.kind === 'ok') data = read.data;
		} catch {
			// Storage cannot be read either: start empty.
		}
	}

	if (persistent) refresh();
	else readOnly();

	/** Re-reads before each change so a record another tab just wrote is not overwritten. */
	function change(apply: (d: Stored) => void): void {
		refresh();
		apply(data);
		write();
		emit();
	}

	function onStorage(e: StorageEvent): void {
		// e.key is null when another tab cleared storage.
		if (e.key !== KEY && e.key !== null) return;
		if (!persistent) return;
		refresh();
		emit();
	}
	events.addEventListener('storage', onStorage);

	return {
		get persistent() {
			return persistent;
		},
		get notice() {
			return notice;
		},
		get: (key) => data.records[key],
		all: () => data.records,
		lastKey: () => data.last,
		put(key: string, record: QuizRecord) {
			const known = data.records[key];
			change((d) => {
				// Another tab saved this record since this tab last read it (its storage event has not
				// arrived yet): merge, so neither tab's answers are lost.
				const stored = d.records[key];
				const next = stored && !sameRecord(stored, known) ? mergeRecords(stored, record) : record;
				d.records = { ...d.records, [key]: next };
				d.last = key;
			});
		},
		remove(key: string) {
			change((d) => {
				const { [key]: _gone, ...rest } = d.records;
				d.records = rest;
				if (d.last === key) d.last = null;
			});
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		close() {
			events.removeEventListener('storage', onStorage);
			listeners.clear();
		}
	};
}
