// The learner's state for one assignment in browser storage, kept whole across tabs: every save
// re-reads what is stored and merges it with this tab's version (mergeLearners) before writing, and
// a `storage` event from another tab merges its version in here. Nothing is ever wiped: a stored
// state that fails its check is copied under its own key first (`<key>:set-aside:<ISO time>`),
// mended where it can be, and a notice says so. When localStorage is full (or the learner's saved
// data there had to be left alone), each save goes to sessionStorage instead, which has its own
// room and outlives a reload of the tab; both are read and merged, and the next save that fits in
// localStorage moves it all back. Without either it works for this visit only.
import { emptyLearner, learnerKey, mergeLearners, readLearner, type LearnerState } from './learner';

/** Why the page should say something about the saved state; words in t.teach.assignment.notice. */
export type LearnerNotice = 'set-aside' | 'repaired' | 'left-alone' | 'write-failed' | 'session-only';

export interface LearnerStoreOptions {
	/** Where to keep data; may throw (storage blocked). Default: window.localStorage. */
	storage?: () => Storage;
	/** Where to keep it when `storage` is full: this tab's. Default: window.sessionStorage. */
	session?: () => Storage;
	/** Where `storage` events from other tabs arrive. Default: window. */
	events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
	now?: () => Date;
}

export interface LearnerStore {
	readonly state: LearnerState;
	readonly notice: LearnerNotice | null;
	/** Applies a change to this tab's state, merged with what other tabs saved, and saves it. */
	update(change: (state: LearnerState) => LearnerState): void;
	/** Called after every change, here or from another tab. Returns the unsubscribe function. */
	subscribe(listener: () => void): () => void;
	close(): void;
}

export function learnerStore(assignment: string, options: LearnerStoreOptions = {}): LearnerStore {
	const key = learnerKey(assignment);
	const now = options.now ?? (() => new Date());
	const events = options.events ?? window;
	const listeners = new Set<() => void>();
	let notice: LearnerNotice | null = null;
	let storage: Storage | null = null;
	try {
		storage = (options.storage ?? (() => window.localStorage))();
	} catch {
		storage = null;
	}
	let session: Storage | null = null;
	try {
		session = (options.session ?? (() => window.sessionStorage))();
	} catch {
		session = null;
	}
	if (session === storage) session = null;
	let persistent = storage !== null;

	function write(state: LearnerState): void {
		const text = JSON.stringify(state);
		if (persistent && storage) {
			try {
				storage.setItem(key, text);
				// All of it is in localStorage again: this tab's copy is no longer needed.
				if (notice === 'session-only') notice = null;
				session?.removeItem(key);
				return;
			} catch {
				notice = 'write-failed';
			}
		}
		if (!session) return;
		try {
			session.setItem(key, text);
			if (notice !== 'left-alone') notice = 'session-only';
		} catch {
			if (notice !== 'left-alone') notice = 'write-failed';
		}
	}

	/** What this tab kept in sessionStorage when localStorage was full; null if nothing. */
	function kept(): LearnerState | null {
		try {
			const read = readLearner(session?.getItem(key) ?? null);
			return read.kind === 'ok' || read.kind === 'repaired' ? read.state : null;
		} catch {
			return null;
		}
	}

	/** What storage holds now, mended if it fails its check (after a copy is set aside); null if nothing. */
	function stored(): LearnerState | null {
		if (!persistent || !storage) return null;
		let raw: string | null;
		try {
			raw = storage.getItem(key);
		} catch {
			persistent = false;
			return null;
		}
		const read = readLearner(raw);
		if (read.kind === 'empty') return null;
		if (read.kind === 'ok') return read.state;
		const mended = read.kind === 'repaired' ? read.state : null;
		try {
			storage.setItem(`${key}:set-aside:${now().toISOString()}`, raw!);
			notice = mended ? 'repaired' : 'set-aside';
		} catch {
			// No room for the copy: leave the original alone and keep this visit's work in this tab.
			persistent = false;
			notice = 'left-alone';
		}
		return mended;
	}

	const fromStorage = stored();
	const fromTab = kept();
	let state = fromTab
		? mergeLearners(fromStorage ?? emptyLearner(), fromTab)
		: (fromStorage ?? emptyLearner());
	// Mended at once, so a reload or another tab does not set the same data aside again; and what
	// only this tab held goes back to localStorage if it fits now.
	if (notice === 'repaired' || notice === 'set-aside' || fromTab) write(state);

	const emit = () => listeners.forEach((l) => l());

	/** Whether `stored` lacks a finished attempt that `mine` has. */
	const lacks = (stored: LearnerState, mine: LearnerState) =>
		Object.entries(mine.results).some(([slug, lesson]) =>
			lesson.attempts.some((a) => !stored.results[slug]?.attempts.some((b) => b.number === a.number))
		);

	function onStorage(e: StorageEvent): void {
		// e.key is null when another tab cleared storage: what this tab holds is kept.
		if (e.key !== key && e.key !== null) return;
		const theirs = stored();
		if (theirs) {
			state = mergeLearners(state, theirs);
			// Two tabs that saved at the same instant each re-read before the other wrote: the later
			// write lacks the earlier one's result. The tab whose result is missing puts it back.
			if (lacks(theirs, state)) write(state);
		}
		emit();
	}
	events.addEventListener('storage', onStorage);

	return {
		get state() {
			return state;
		},
		get notice() {
			return notice;
		},
		update(change) {
			const mine = change(state);
			const theirs = stored();
			state = theirs ? mergeLearners(theirs, mine) : mine;
			write(state);
			emit();
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
