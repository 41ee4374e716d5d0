// The learner's state for one assignment in browser storage, kept whole across tabs: every save
// re-reads what is stored and merges it with this tab's version (mergeLearners) before writing, and
// a `storage` event from another tab merges its version in here. Nothing is ever wiped: a stored
// state that fails its check is copied under its own key first (`<key>:set-aside:<ISO time>`),
// mended where it can be, and a notice says so. Without storage it works for this visit only.
import { emptyLearner, learnerKey, mergeLearners, readLearner, type LearnerState } from './learner';

/** Why the page should say something about the saved state; words in t.teach.assignment.notice. */
export type LearnerNotice = 'set-aside' | 'repaired' | 'left-alone' | 'write-failed';

export interface LearnerStoreOptions {
	/** Where to keep data; may throw (storage blocked). Default: window.localStorage. */
	storage?: () => Storage;
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
	let persistent = storage !== null;

	function write(state: LearnerState): void {
		if (!persistent || !storage) return;
		try {
			storage.setItem(key, JSON.stringify(state));
		} catch {
			persistent = false;
			notice = 'write-failed';
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
			// No room for the copy: leave the original alone and keep this visit's work in memory.
			persistent = false;
			notice = 'left-alone';
		}
		return mended;
	}

	let state = stored() ?? emptyLearner();
	// Mended at once, so a reload or another tab does not set the same data aside again.
	if (notice === 'repaired' || notice === 'set-aside') write(state);

	const emit = () => listeners.forEach((l) => l());

	function onStorage(e: StorageEvent): void {
		// e.key is null when another tab cleared storage: what this tab holds is kept.
		if (e.key !== key && e.key !== null) return;
		const theirs = stored();
		if (theirs) state = mergeLearners(state, theirs);
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
