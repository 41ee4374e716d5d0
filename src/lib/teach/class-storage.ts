// The classes kept in this browser, in IndexedDB (through idb-keyval): one record per class, and
// which class was open last. Nothing leaves the browser. Every record read back is checked as a
// class file is (saved-class.ts): a record another version or a browser extension wrote is skipped,
// not trusted. Each call opens the store itself, so the page works (keeping nothing) where
// IndexedDB is blocked: the callers catch and say so.
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { CLASS_FILE_KIND, CLASS_FILE_VERSION, readClassFile, type SavedClass } from './saved-class';

const DB = 'news-lessons-teacher';
const STORE = 'classes';
const CURRENT = 'current';
const PREFIX = 'class:';

let store: UseStore | undefined;
const db = () => (store ??= createStore(DB, STORE));

/** Every class kept here, the most recently changed first. */
export async function listClasses(): Promise<SavedClass[]> {
	const all = await entries<IDBValidKey, unknown>(db());
	const out: SavedClass[] = [];
	for (const [key, value] of all) {
		if (typeof key !== 'string' || !key.startsWith(PREFIX)) continue;
		const read = readClassFile(
			JSON.stringify({ kind: CLASS_FILE_KIND, version: CLASS_FILE_VERSION, class: value })
		);
		if (read.ok) out.push(read.value);
	}
	return out.sort((a, b) => b.updated - a.updated);
}

export const saveClass = (cls: SavedClass): Promise<void> => set(PREFIX + cls.id, cls, db());

export async function deleteClass(id: string): Promise<void> {
	await del(PREFIX + id, db());
	if ((await get(CURRENT, db())) === id) await del(CURRENT, db());
}

/** The class open when the page was last left, if any. */
export async function currentClass(): Promise<string | null> {
	const id = await get<unknown>(CURRENT, db());
	return typeof id === 'string' ? id : null;
}

export const setCurrentClass = (id: string | null): Promise<void> =>
	id === null ? del(CURRENT, db()) : set(CURRENT, id, db());
