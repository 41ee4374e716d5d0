import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { learnerKey, withAttempt, withName, type LearnerState, type StoredAttempt } from './learner';
import { learnerStore, type LearnerStore } from './learner-store';

const ID = '0a1b2c3d';
const KEY = learnerKey(ID);
const attempt = (number = 1, finishedAt = 1795000300): StoredAttempt => ({
	number,
	earned: 3,
	max: 4,
	passed: true,
	finishedAt,
	firstTry: null,
	items: []
});
/** The change the assignment page makes when a lesson's attempt is finished. */
const finish =
	(slug: string, number = 1, finishedAt = 1795000300) =>
	(s: LearnerState) =>
		withAttempt(s, slug, attempt(number, finishedAt), 1795000000);
const saved = (): LearnerState => JSON.parse(localStorage.getItem(KEY)!);
const setAside = () => Object.keys(localStorage).filter((k) => k.startsWith(`${KEY}:set-aside:`));

const opened: LearnerStore[] = [];
/** A store as one tab has it; `deaf` ones hear no storage events (jsdom has one window). */
function tab(deaf = true) {
	const store = learnerStore(ID, deaf ? { events: new EventTarget() as unknown as Window } : {});
	opened.push(store);
	return store;
}

beforeEach(() => {
	localStorage.clear();
	sessionStorage.clear();
});
afterEach(() => {
	opened.splice(0).forEach((s) => s.close());
	vi.restoreAllMocks();
});

describe('the learner store', () => {
	it('saves each change and reads it back in a new tab', () => {
		const a = tab();
		a.update((s) => withName(s, 'Ana', 1795000000));
		a.update(finish('the-report'));
		expect(tab().state).toMatchObject({
			name: 'Ana',
			results: { 'the-report': { attempts: [{ earned: 3 }] } }
		});
		expect(a.notice).toBeNull();
	});

	it('two tabs finishing different lessons keep both (each save re-reads and merges)', () => {
		const a = tab();
		const b = tab();
		a.update(finish('the-report'));
		b.update(finish('sovereignty'));
		expect(Object.keys(saved().results).sort()).toEqual(['sovereignty', 'the-report']);
		expect(Object.keys(b.state.results).sort()).toEqual(['sovereignty', 'the-report']);
	});

	it('two tabs finishing different attempts of one lesson keep both', () => {
		const a = tab();
		const b = tab();
		a.update(finish('the-report', 1, 1795000300));
		b.update(finish('the-report', 2, 1795000600));
		a.update(finish('the-report', 3, 1795000900));
		expect(saved().results['the-report']!.attempts.map((x) => x.number)).toEqual([1, 2, 3]);
		expect(tab().state.results['the-report']!.attempts.map((x) => x.number)).toEqual([1, 2, 3]);
	});

	it('follows another tab’s saves through storage events', () => {
		const mine = tab(false);
		const heard = vi.fn();
		mine.subscribe(heard);
		const other = tab();
		other.update(finish('sovereignty'));
		window.dispatchEvent(new StorageEvent('storage', { key: KEY, storageArea: localStorage }));
		expect(heard).toHaveBeenCalledOnce();
		expect(Object.keys(mine.state.results)).toEqual(['sovereignty']);
		// Other keys are not this assignment's.
		window.dispatchEvent(new StorageEvent('storage', { key: 'x', storageArea: localStorage }));
		expect(heard).toHaveBeenCalledOnce();
	});

	it('sets a state that fails its check aside, mends it and says so: nothing wiped', () => {
		const raw = JSON.stringify({
			name: 'Ana\tPérez',
			namedAt: 1,
			started: {},
			results: { 'the-report': { slug: 'the-report', startedAt: 1795000000, attempts: [attempt()] } }
		});
		localStorage.setItem(KEY, raw);
		const store = tab();
		expect(store.notice).toBe('repaired');
		expect(store.state).toMatchObject({
			name: 'Ana Pérez',
			results: { 'the-report': { attempts: [{ earned: 3 }] } }
		});
		expect(setAside().map((k) => localStorage.getItem(k))).toEqual([raw]);
		// Mended once: the next visit finds clean data.
		expect(saved().name).toBe('Ana Pérez');
		expect(tab().notice).toBeNull();
	});

	it('sets unreadable data aside and starts afresh', () => {
		localStorage.setItem(KEY, '{"name":');
		const store = tab();
		expect(store.notice).toBe('set-aside');
		expect(store.state.results).toEqual({});
		expect(setAside().map((k) => localStorage.getItem(k))).toEqual(['{"name":']);
	});

	it('leaves the data alone when there is no room to set it aside, and works in memory', () => {
		localStorage.setItem(KEY, 'not json');
		const real = Storage.prototype.setItem;
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, k, v) {
			if (k.includes(':set-aside:')) throw new DOMException('full', 'QuotaExceededError');
			real.call(this, k, v);
		});
		const store = tab();
		expect(store.notice).toBe('left-alone');
		store.update(finish('the-report'));
		expect(store.state.results['the-report']).toBeDefined();
		expect(localStorage.getItem(KEY)).toBe('not json');
	});

	it('works for this visit when storage is blocked or full', () => {
		const blocked = learnerStore(ID, {
			storage: () => {
				throw new DOMException('blocked', 'SecurityError');
			},
			events: new EventTarget() as unknown as Window
		});
		opened.push(blocked);
		blocked.update((s) => withName(s, 'Ana', 1));
		expect(blocked.state.name).toBe('Ana');

		const full = tab();
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		full.update((s) => withName(s, 'Ben', 1));
		expect(full.state.name).toBe('Ben');
		expect(full.notice).toBe('write-failed');
	});

	it('keeps the work in this tab (sessionStorage) when localStorage is full, and moves it back once there is room', () => {
		const a = tab();
		a.update((s) => withName(s, 'Ana', 1795000000));
		// localStorage full from here: its setItem fails, sessionStorage's does not.
		const real = Storage.prototype.setItem;
		const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, k, v) {
			if (this === localStorage) throw new DOMException('full', 'QuotaExceededError');
			real.call(this, k, v);
		});
		a.update(finish('the-report'));
		expect(a.notice).toBe('session-only');
		expect(saved().results).toEqual({});
		// A reload of the tab: the result is read back from the tab's own storage.
		const reloaded = tab();
		expect(reloaded.state.results['the-report']?.attempts).toHaveLength(1);
		expect(reloaded.state.name).toBe('Ana');
		// Space is freed: the next load moves it all back to localStorage.
		full.mockRestore();
		const later = tab();
		expect(later.notice).toBeNull();
		expect(saved().results['the-report']?.attempts).toHaveLength(1);
		expect(sessionStorage.getItem(KEY)).toBeNull();
	});

	it('puts back a result that another tab saving at the same instant wrote over', () => {
		const events = new EventTarget();
		const a = learnerStore(ID, { events: events as unknown as Window });
		opened.push(a);
		a.update((s) => withName(s, 'Ana', 1795000000));
		a.update(finish('the-report'));
		// Tab B read storage before A's save and wrote after it: its state has only its own lesson.
		const b = tab();
		const before = b.state;
		localStorage.setItem(KEY, JSON.stringify({ ...finish('sovereignty')({ ...before, results: {} }) }));
		events.dispatchEvent(new StorageEvent('storage', { key: KEY }));
		expect(Object.keys(saved().results).sort()).toEqual(['sovereignty', 'the-report']);
		expect(Object.keys(a.state.results).sort()).toEqual(['sovereignty', 'the-report']);
		// Nothing missing: the event is heard, nothing written back.
		const spy = vi.spyOn(Storage.prototype, 'setItem');
		events.dispatchEvent(new StorageEvent('storage', { key: KEY }));
		expect(spy).not.toHaveBeenCalled();
	});
});
