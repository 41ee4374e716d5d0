// What progress looks like in browser storage, and how a stored value is read back. Pure: no DOM.
//
// One key holds everything: { version: 1, records: { [key]: QuizRecord }, last: key | null }.
// Reading never throws; it says what it found so the store can repair or set aside:
// - nothing stored                          -> 'empty': start fresh, no notice;
// - not JSON, or JSON of the wrong shape     -> 'unreadable': set the raw text aside, start fresh;
// - version 1 with some malformed records    -> 'ok' with `dropped` > 0: keep the good records, drop
//   (hand edits)                                the rest (the original is set aside first);
// - an older or unknown version              -> 'old': no older shape was ever shipped, so there is
//                                               nothing to migrate from; set aside, start fresh;
// - a newer version (a newer build of the site wrote it) -> 'newer': never overwrite it.
// Plain type guards rather than a schema library: this module runs on every lesson and embed page,
// whose JavaScript budget (DESIGN.md) has no room for one. Content and links, checked off those
// pages, use valibot.
import { isStrings } from '../quiz/guard';
import { isResponse } from '../quiz/kinds';
import type { QuizRecord } from './types';

export const VERSION = 1;

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function isRecord(x: unknown): x is QuizRecord {
	if (!isObject(x) || !isNumber(x.finished)) return false;
	const { attempt: a, best: b } = x;
	if (
		b !== null &&
		!(
			isObject(b) &&
			isNumber(b.earned) &&
			isNumber(b.max) &&
			isNumber(b.percent) &&
			typeof b.passed === 'boolean'
		)
	)
		return false;
	return (
		isObject(a) &&
		isObject(a.responses) &&
		Object.values(a.responses).every(isResponse) &&
		isStrings(a.checked) &&
		typeof a.submitted === 'boolean' &&
		isNumber(a.seed) &&
		(a.only === null || isStrings(a.only)) &&
		isNumber(a.startedAt) &&
		isNumber(a.updatedAt)
	);
}

export interface Stored {
	version: typeof VERSION;
	records: Record<string, QuizRecord>;
	last: string | null;
}

export type Read =
	| { kind: 'empty' }
	| { kind: 'ok'; data: Stored; dropped: number }
	| { kind: 'unreadable' }
	| { kind: 'old' }
	| { kind: 'newer' };

export function readStored(raw: string | null): Read {
	if (raw === null) return { kind: 'empty' };
	let json: unknown;
	try {
		json = JSON.parse(raw);
	} catch {
		return { kind: 'unreadable' };
	}
	if (!isObject(json)) return { kind: 'unreadable' };
	const version = json.version;
	if (typeof version !== 'number') return { kind: 'old' };
	if (version > VERSION) return { kind: 'newer' };
	if (version !== VERSION) return { kind: 'old' };
	if (!isObject(json.records)) return { kind: 'unreadable' };
	const records: Record<string, QuizRecord> = {};
	let dropped = 0;
	for (const [key, value] of Object.entries(json.records)) {
		// `__proto__` would set the object's prototype rather than add a record: never a real key.
		if (isRecord(value) && key !== '__proto__') records[key] = value;
		else dropped++;
	}
	const last = typeof json.last === 'string' ? json.last : null;
	return { kind: 'ok', data: { version: VERSION, records, last }, dropped };
}

export function writeStored(data: Stored): string {
	return JSON.stringify(data);
}
