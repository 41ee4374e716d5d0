// What progress looks like in browser storage, and how a stored value is read back. Pure: no DOM.
//
// One key holds everything: { version: 2, records: { [key]: QuizRecord }, last: key | null }.
// Reading never throws; it says what it found so the store can repair or set aside:
// - nothing stored                          -> 'empty': start fresh, no notice;
// - not JSON, or JSON of the wrong shape     -> 'unreadable': set the raw text aside, start fresh;
// - version 2 with some malformed records    -> 'ok' with `dropped` > 0: keep the good records, drop
//   (hand edits)                                the rest (the original is set aside first);
// - version 1 (the first release)            -> 'ok' with `migrated`: each record carried over (its
//                                               attempt kept, its best result as attempt history);
// - no version, or an unknown older one      -> 'old': set aside, start fresh;
// - a newer version (a newer build of the site wrote it) -> 'newer': never overwrite it.
// Plain type guards rather than a schema library: this module runs on every lesson and embed page,
// whose JavaScript budget (DESIGN.md) has no room for one.
import { isFiniteNumber, isObject, isStrings } from '../quiz/guard';
import { isResponse } from '../quiz/kinds';
import { MODES, type Mode } from '../quiz/record';
import { usableAttempt } from '../quiz/session';
import type { AttemptResult, QuizRecord } from './types';

export const VERSION = 2;

const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isNumbers = (x: unknown) => isObject(x) && Object.values(x).every(isFiniteNumber);
const isMode = (x: unknown): x is Mode => MODES.includes(x as Mode);

function isResult(x: unknown): x is AttemptResult {
	if (!isObject(x)) return false;
	const ft = x.firstTry;
	return (
		isCount(x.number) &&
		isMode(x.mode) &&
		isFiniteNumber(x.earned) &&
		isFiniteNumber(x.max) &&
		isFiniteNumber(x.percent) &&
		typeof x.passed === 'boolean' &&
		(x.right === null || isCount(x.right)) &&
		(x.questions === null || isCount(x.questions)) &&
		(ft === null || (isObject(ft) && isFiniteNumber(ft.earned) && isCount(ft.right))) &&
		isFiniteNumber(x.finishedAt)
	);
}

/** A well-formed version 2 record: what this build writes, nothing missing or edited out of shape. */
function isRecord(x: unknown): x is QuizRecord {
	if (!isObject(x) || !Array.isArray(x.history) || !x.history.every(isResult)) return false;
	const a = x.attempt;
	return (
		isObject(a) &&
		isCount(a.number) &&
		isMode(a.mode) &&
		isObject(a.responses) &&
		Object.values(a.responses).every(isResponse) &&
		isNumbers(a.changed) &&
		isNumbers(a.tries) &&
		isNumbers(a.checkedAt) &&
		isNumbers(a.firstTry) &&
		isStrings(a.checked) &&
		isStrings(a.revealed) &&
		typeof a.submitted === 'boolean' &&
		isFiniteNumber(a.seed) &&
		(a.only === null || isStrings(a.only)) &&
		(a.current === null || typeof a.current === 'string') &&
		isFiniteNumber(a.startedAt) &&
		isFiniteNumber(a.updatedAt)
	);
}

/**
 * A record as the first release (version 1) wrote it: `{ attempt, best, finished }`, the attempt
 * without numbers, modes or first tries. Its best result becomes the history's one entry.
 */
function fromVersion1(x: unknown): QuizRecord | null {
	if (!isObject(x) || !isCount(x.finished) || !isObject(x.attempt)) return null;
	const old = x.attempt;
	if (!isObject(old.responses) || !Object.values(old.responses).every(isResponse)) return null;
	const b = x.best;
	const best =
		isObject(b) && isFiniteNumber(b.earned) && isFiniteNumber(b.max) && isFiniteNumber(b.percent)
			? { earned: b.earned, max: b.max, percent: b.percent, passed: b.passed === true }
			: null;
	const attempt = usableAttempt(old);
	attempt.number = x.finished + (old.submitted === true ? 0 : 1) || 1;
	const history: AttemptResult[] = best
		? [
				{
					...best,
					number: Math.max(1, x.finished),
					mode: 'practice',
					right: null,
					questions: null,
					firstTry: null,
					finishedAt: attempt.updatedAt
				}
			]
		: [];
	return { attempt, history };
}

export interface Stored {
	version: typeof VERSION;
	records: Record<string, QuizRecord>;
	last: string | null;
}

export type Read =
	| { kind: 'empty' }
	| { kind: 'ok'; data: Stored; dropped: number; migrated: boolean }
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
	if (version !== VERSION && version !== 1) return { kind: 'old' };
	if (!isObject(json.records)) return { kind: 'unreadable' };
	const read = version === 1 ? fromVersion1 : (x: unknown) => (isRecord(x) ? x : null);
	const records: Record<string, QuizRecord> = {};
	let dropped = 0;
	for (const [key, value] of Object.entries(json.records)) {
		const record = read(value);
		// `__proto__` would set the object's prototype rather than add a record: never a real key.
		if (record && key !== '__proto__') records[key] = record;
		else dropped++;
	}
	const last = typeof json.last === 'string' ? json.last : null;
	return { kind: 'ok', data: { version: VERSION, records, last }, dropped, migrated: version === 1 };
}

export function writeStored(data: Stored): string {
	return JSON.stringify(data);
}
