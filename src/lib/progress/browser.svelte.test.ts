import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserProgress, KEY, SET_ASIDE, type BrowserProgress } from './browser';
import { newRecord } from '../quiz/record';
import type { QuizRecord } from './types';

const opened: BrowserProgress[] = [];
function open(options?: Parameters<typeof browserProgress>[0]) {
	const store = browserProgress(options);
	opened.push(store);
	return store;
}

function answered(choice = 'a', seed = 7): QuizRecord {
	const r = newRecord('practice', seed);
	const attempt = { ...r.attempt, startedAt: 1, updatedAt: 2, changed: { q1: 2 } };
	return { ...r, attempt: { ...attempt, responses: { q1: { kind: 'single', choice } } } };
}

const stored = () => JSON.parse(localStorage.getItem(KEY)!);
const setAsideKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(SET_ASIDE));

beforeEach(() => localStorage.clear());
afterEach(() => {
	opened.splice(0).forEach((s) => s.close());
	vi.restoreAllMocks();
});

describe('browser progress store', () => {
	it('starts fresh with nothing stored, persistent and without a notice', () => {
		const store = open();
		expect(store.persistent).toBe(true);
		expect(store.notice).toBeNull();
		expect(store.all()).toEqual({});
		expect(store.lastKey()).toBeNull();
		expect(localStorage.getItem(`${KEY}:probe`)).toBeNull();
	});

	it('saves on every put under one versioned key, and a new instance reads it back', () => {
		const store = open();
		const heard = vi.fn();
		store.subscribe(heard);
		store.put('the-report', answered('b'));
		expect(heard).toHaveBeenCalledTimes(1);
		expect(stored()).toMatchObject({ version: 2, last: 'the-report' });
		store.put('assignment:x1:the-report', answered('c'));
		expect(Object.keys(localStorage).filter((k) => k.startsWith(KEY))).toEqual([KEY]);

		const again = open();
		expect(again.get('the-report')).toEqual(answered('b'));
		expect(again.get('assignment:x1:the-report')).toEqual(answered('c'));
		expect(again.lastKey()).toBe('assignment:x1:the-report');
		expect(again.notice).toBeNull();

		again.remove('the-report');
		expect(open().get('the-report')).toBeUndefined();
	});

	it('sets unreadable JSON aside, starts fresh and says so', () => {
		localStorage.setItem(KEY, '{"version":1,"records":{');
		const store = open({ now: () => new Date('2026-01-02T03:04:05.000Z') });
		expect(store.notice).toEqual({ kind: 'unreadable' });
		expect(store.persistent).toBe(true);
		expect(store.all()).toEqual({});
		expect(localStorage.getItem(`${SET_ASIDE}2026-01-02T03:04:05.000Z`)).toBe('{"version":1,"records":{');
		// Repaired once: the next visit finds clean data and says nothing.
		expect(stored()).toEqual({ version: 2, records: {}, last: null });
		expect(open().notice).toBeNull();
		store.put('the-report', answered());
		expect(open().get('the-report')).toEqual(answered());
	});

	it('treats JSON of the wrong shape as unreadable', () => {
		for (const raw of ['[]', '"text"', '{"version":1,"records":[]}', 'null']) {
			localStorage.clear();
			localStorage.setItem(KEY, raw);
			const store = open();
			expect(store.notice, raw).toEqual({ kind: 'unreadable' });
			expect(setAsideKeys()).toHaveLength(1);
		}
	});

	it('drops a hand-edited record, keeps the others and sets the original aside', () => {
		const good = answered('a');
		const original = JSON.stringify({
			version: 2,
			records: {
				'the-report': good,
				sovereignty: {
					...good,
					attempt: { ...good.attempt, responses: { q1: { kind: 'single', choice: 3 } } }
				},
				fentanyl: { attempt: 'lots', best: null, finished: 'two' }
			},
			last: 'sovereignty'
		});
		localStorage.setItem(KEY, original);
		const store = open();
		expect(store.notice).toEqual({ kind: 'repaired', quizzes: 2 });
		expect(store.get('the-report')).toEqual(good);
		expect(store.get('sovereignty')).toBeUndefined();
		expect(store.get('fentanyl')).toBeUndefined();
		expect(Object.keys(stored().records)).toEqual(['the-report']);
		expect(setAsideKeys().map((k) => localStorage.getItem(k))).toEqual([original]);
		// The quiz UI never sees a malformed record.
		expect(() => store.put('sovereignty', answered('d'))).not.toThrow();
	});

	it('sets data from an older or unknown version aside', () => {
		const old = JSON.stringify({ records: { 'the-report': { answers: ['a'] } } });
		localStorage.setItem(KEY, old);
		const store = open();
		expect(store.notice).toEqual({ kind: 'old' });
		expect(store.all()).toEqual({});
		expect(setAsideKeys().map((k) => localStorage.getItem(k))).toEqual([old]);

		localStorage.clear();
		localStorage.setItem(KEY, JSON.stringify({ version: 0, records: {} }));
		expect(open().notice).toEqual({ kind: 'old' });
	});

	it('leaves data from a newer version untouched and works in memory', () => {
		const newer = JSON.stringify({ version: 3, lessons: { 'the-report': { done: true } } });
		localStorage.setItem(KEY, newer);
		const store = open();
		expect(store.persistent).toBe(false);
		expect(store.notice).toEqual({ kind: 'newer' });
		store.put('the-report', answered());
		expect(store.get('the-report')).toEqual(answered());
		expect(localStorage.getItem(KEY)).toBe(newer);
		expect(setAsideKeys()).toEqual([]);
	});

	it('works in memory when storage cannot be read or written at all', () => {
		vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
			throw new DOMException('denied', 'SecurityError');
		});
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('denied', 'SecurityError');
		});
		const store = open();
		expect(store.persistent).toBe(false);
		const heard = vi.fn();
		store.subscribe(heard);
		store.put('the-report', answered());
		expect(store.get('the-report')).toEqual(answered());
		expect(store.lastKey()).toBe('the-report');
		expect(heard).toHaveBeenCalledOnce();
	});

	it('works in memory when localStorage itself is blocked', () => {
		const store = open({
			storage: () => {
				throw new DOMException('blocked', 'SecurityError');
			}
		});
		expect(store.persistent).toBe(false);
		store.put('the-report', answered());
		expect(store.get('the-report')).toEqual(answered());
	});

	it('still shows saved progress when storage can be read but not written', () => {
		const saved = { version: 2, records: { 'the-report': answered() }, last: 'the-report' };
		localStorage.setItem(KEY, JSON.stringify(saved));
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		const store = open();
		expect(store.persistent).toBe(false);
		expect(store.get('the-report')).toEqual(answered());
		store.put('sovereignty', answered('b'));
		expect(store.get('sovereignty')).toEqual(answered('b'));
	});

	it('carries on in memory and says so when a write fails mid-session (quota)', () => {
		const store = open();
		store.put('the-report', answered('a'));
		const heard = vi.fn();
		store.subscribe(heard);
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		expect(() => store.put('the-report', answered('b'))).not.toThrow();
		expect(store.persistent).toBe(false);
		expect(store.notice).toEqual({ kind: 'writeFailed' });
		expect(store.get('the-report')).toEqual(answered('b'));
		expect(heard).toHaveBeenCalledOnce();
		store.put('sovereignty', answered('c'));
		expect(store.get('sovereignty')).toEqual(answered('c'));
		expect(store.get('the-report')).toEqual(answered('b'));
		// What was saved before the failure is still there for the next visit.
		vi.restoreAllMocks();
		expect(open().get('the-report')).toEqual(answered('a'));
	});

	it('does not overwrite a set-aside copy it could not make: leaves the data alone', () => {
		localStorage.setItem(KEY, 'not json');
		const real = Storage.prototype.setItem;
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, k, v) {
			if (k.startsWith(SET_ASIDE)) throw new DOMException('full', 'QuotaExceededError');
			real.call(this, k, v);
		});
		const store = open();
		expect(store.persistent).toBe(false);
		expect(store.notice).toEqual({ kind: 'leftAlone' });
		store.put('the-report', answered());
		expect(localStorage.getItem(KEY)).toBe('not json');
	});

	it('keeps tabs in step: a storage event re-reads and notifies subscribers', () => {
		const mine = open();
		const heard = vi.fn();
		mine.subscribe(heard);
		// Another tab writes (a second instance stands in for it; jsdom has one window).
		const other = open({ events: new EventTarget() as unknown as Window });
		other.put('the-report', answered('d'));
		expect(heard).not.toHaveBeenCalled();
		window.dispatchEvent(
			new StorageEvent('storage', {
				key: KEY,
				newValue: localStorage.getItem(KEY),
				storageArea: localStorage
			})
		);
		expect(heard).toHaveBeenCalledOnce();
		expect(mine.get('the-report')).toEqual(answered('d'));
		expect(mine.lastKey()).toBe('the-report');

		// Other keys are ignored; a cleared storage (key null) is followed.
		window.dispatchEvent(new StorageEvent('storage', { key: 'something-else', storageArea: localStorage }));
		expect(heard).toHaveBeenCalledOnce();
		localStorage.clear();
		window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
		expect(heard).toHaveBeenCalledTimes(2);
		expect(mine.all()).toEqual({});
	});

	it('does not overwrite a record another tab saved before this tab heard of it', () => {
		const mine = open({ events: new EventTarget() as unknown as Window });
		const other = open({ events: new EventTarget() as unknown as Window });
		other.put('sovereignty', answered('b'));
		mine.put('the-report', answered('a'));
		expect(Object.keys(stored().records).sort()).toEqual(['sovereignty', 'the-report']);
		expect(mine.get('sovereignty')).toEqual(answered('b'));
	});

	it('keeps both tabs’ answers to one quiz when neither had heard of the other', () => {
		// Separate event targets: no storage event reaches either store, as when both write at once.
		const a = open({ events: new EventTarget() as unknown as Window });
		const b = open({ events: new EventTarget() as unknown as Window });
		const base = newRecord('practice', 7);
		const withAnswers = (ids: string[], at: number): QuizRecord => ({
			...base,
			attempt: {
				...base.attempt,
				updatedAt: at,
				changed: Object.fromEntries(ids.map((id) => [id, at])),
				responses: Object.fromEntries(ids.map((id) => [id, { kind: 'single', choice: id }]))
			}
		});
		a.put('the-report', withAnswers(['q1'], base.attempt.startedAt + 1));
		b.put('the-report', withAnswers(['q2'], base.attempt.startedAt + 2));
		a.put('the-report', withAnswers(['q1', 'q3'], base.attempt.startedAt + 3));
		const saved = open().get('the-report')!;
		expect(Object.keys(saved.attempt.responses).sort()).toEqual(['q1', 'q2', 'q3']);
		// Each tab now shows the merged record too.
		expect(Object.keys(a.get('the-report')!.attempt.responses).sort()).toEqual(['q1', 'q2', 'q3']);
	});

	it('in one tab, an answer cleared stays cleared', () => {
		const store = open();
		const r = answered('a');
		store.put('the-report', r);
		store.put('the-report', {
			...r,
			attempt: { ...r.attempt, responses: {}, changed: { q1: 3 }, updatedAt: 3 }
		});
		expect(open().get('the-report')!.attempt.responses).toEqual({});
	});
});
