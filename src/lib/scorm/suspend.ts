// A quiz record in cmi.suspend_data and back. Pure.
//
// SCORM 1.2 gives cmi.suspend_data 4,096 characters (CMIString4096), and some LMSs store bytes, so
// the text is compact JSON in ASCII (anything else escaped as \uXXXX): short keys, each response as
// a short array tagged by its kind, times in seconds, and only what resuming needs: the attempt
// (number, mode, seed, question on screen, retry list, submitted), the responses, the practice
// checks (tries, done, shown, first tries) and the finished attempts' results. Per-question change
// times (used to merge two browser tabs) are left out: an LMS launch has one window.
//
// The largest lesson's fullest state is well under the limit (tests/content/scorm-suspend.test.ts
// measures it). What is not bounded is typed text, so `packRecord` makes sure: over the limit, it
// shortens the longest typed answers first, then leaves out responses from the last question
// back, then the oldest results; the attempt itself (number, seed, submitted) always fits.
import { isObject } from '../quiz/guard';
import type { Kind, Response, ResponseOf } from '../quiz/kinds';
import type { AttemptResult, QuizRecord } from '../quiz/record';
import { usableRecord } from '../quiz/session';

/** cmi.suspend_data's size in SCORM 1.2. */
export const SUSPEND_LIMIT = 4096;
/** The format's version, first in the text: a later format can still read this one. */
const FORMAT = 1;

type Json = string | number | boolean | null | Json[];

/** Each kind's response as [tag, ...fields], and back (validated afterwards by usableRecord). */
const codecs: {
	[K in Kind]: { tag: string; pack(r: ResponseOf<K>): Json[]; unpack(f: unknown[]): unknown };
} = {
	single: { tag: 's', pack: (r) => [r.choice], unpack: ([choice]) => ({ choice }) },
	multiple: { tag: 'm', pack: (r) => r.choices, unpack: (choices) => ({ choices }) },
	'true-false': { tag: 'b', pack: (r) => [r.value ? 1 : 0], unpack: ([v]) => ({ value: v === 1 }) },
	order: { tag: 'o', pack: (r) => r.order, unpack: (order) => ({ order }) },
	match: {
		tag: 'p',
		pack: (r) => Object.entries(r.pairs).flat(),
		unpack: (flat) => ({
			pairs: Object.fromEntries(
				flat.flatMap((left, i) => (i % 2 === 0 && left !== '__proto__' ? [[left, flat[i + 1]]] : []))
			)
		})
	},
	numeric: { tag: 'n', pack: (r) => [r.value], unpack: ([value]) => ({ value }) },
	text: { tag: 't', pack: (r) => [r.value], unpack: ([value]) => ({ value }) },
	evidence: {
		tag: 'e',
		pack: (r) => [r.choice ?? null, r.evidence ?? null],
		unpack: ([choice, evidence]) => ({
			...(choice === null ? {} : { choice }),
			...(evidence === null ? {} : { evidence })
		})
	},
	highlight: { tag: 'h', pack: (r) => r.marked, unpack: (marked) => ({ marked }) }
};
const kindOfTag = new Map(Object.entries(codecs).map(([kind, c]) => [c.tag, kind as Kind]));

const packResponse = (r: Response): Json[] => {
	const codec = codecs[r.kind] as { tag: string; pack(r: Response): Json[] };
	return [codec.tag, ...codec.pack(r)];
};

function unpackResponse(x: unknown): unknown {
	if (!Array.isArray(x)) return null;
	const kind = kindOfTag.get(x[0]);
	return kind ? { kind, ...(codecs[kind].unpack(x.slice(1)) as object) } : null;
}

const seconds = (ms: number) => Math.round(ms / 1000);
const MODE_TAGS = { practice: 'p', test: 't' } as const;
const modeOf = (tag: unknown) => (tag === 't' ? 'test' : 'practice');

const packResult = (r: AttemptResult): Json[] => [
	r.number,
	MODE_TAGS[r.mode],
	r.earned,
	r.max,
	r.percent,
	r.passed ? 1 : 0,
	r.right,
	r.questions,
	r.firstTry?.earned ?? null,
	r.firstTry?.right ?? null,
	seconds(r.finishedAt)
];

function unpackResult(x: unknown): unknown {
	if (!Array.isArray(x)) return null;
	const [number, mode, earned, max, percent, passed, right, questions, ftEarned, ftRight, at] = x;
	return {
		number,
		mode: modeOf(mode),
		earned,
		max,
		percent,
		passed: passed === 1,
		right,
		questions,
		firstTry: ftEarned === null || ftEarned === undefined ? null : { earned: ftEarned, right: ftRight },
		finishedAt: typeof at === 'number' ? at * 1000 : 0
	};
}

/** The packed form: one-letter keys, left out when empty. */
interface Packed {
	v: number;
	/** Attempt number, mode, seed. */
	n: number;
	m: string;
	s: number;
	/** Submitted. */
	d?: 1;
	/** The question on screen; the retry list. */
	c?: string;
	o?: string[];
	/** Responses by question id. */
	r: Record<string, Json[]>;
	/** Practice: tries, done, shown, first tries. */
	t?: Record<string, number>;
	k?: string[];
	e?: string[];
	f?: Record<string, number>;
	/** Started, last changed (seconds). */
	a: number;
	u: number;
	/** Finished attempts' results, oldest first. */
	h?: Json[][];
}

const nonEmpty = <T extends object>(x: T): T | undefined =>
	(Array.isArray(x) ? x.length : Object.keys(x).length) ? x : undefined;

function pack(record: QuizRecord): Packed {
	const a = record.attempt;
	const packed: Packed = {
		v: FORMAT,
		n: a.number,
		m: MODE_TAGS[a.mode],
		s: a.seed,
		...(a.submitted ? { d: 1 as const } : {}),
		...(a.current === null ? {} : { c: a.current }),
		...(a.only === null ? {} : { o: a.only }),
		r: Object.fromEntries(Object.entries(a.responses).map(([id, r]) => [id, packResponse(r)])),
		t: nonEmpty(a.tries),
		k: nonEmpty(a.checked),
		e: nonEmpty(a.revealed),
		f: nonEmpty(a.firstTry),
		a: seconds(a.startedAt),
		u: seconds(a.updatedAt),
		h: nonEmpty(record.history.map(packResult))
	};
	return packed;
}

/** JSON in ASCII: what LMSs store as bytes or as characters is then the same length. */
const ascii = (x: unknown) =>
	JSON.stringify(x).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** How long `text` is once written as ASCII JSON (without its quotes). */
const written = (text: string) => ascii(text).length - 2;

/** Typed answers, longest (as written) first, cut from the end until `over` characters are saved. */
function shortenText(p: Packed, over: number): void {
	const texts = Object.values(p.r)
		.filter((r): r is [string, string] => r[0] === codecs.text.tag && typeof r[1] === 'string')
		.sort((x, y) => written(y[1]) - written(x[1]));
	for (const r of texts) {
		let end = r[1].length;
		while (over > 0 && end > 0) over -= written(r[1][--end]!);
		r[1] = r[1].slice(0, end);
		if (over <= 0) return;
	}
}

/** The record as cmi.suspend_data: at most `limit` ASCII characters, whatever the record holds. */
export function packRecord(record: QuizRecord, limit = SUSPEND_LIMIT): string {
	const p = pack(record);
	let text = ascii(p);
	// Typed answers first.
	if (text.length > limit) {
		shortenText(p, text.length - limit);
		text = ascii(p);
	}
	// Still over (a quiz far larger than any lesson): drop responses from the last one back, then
	// the where-was-I, the practice details and the oldest results.
	const ids = Object.keys(p.r);
	while (text.length > limit && ids.length) {
		delete p.r[ids.pop()!];
		text = ascii(p);
	}
	for (const key of ['c', 'o', 't', 'f', 'k', 'e'] as const) {
		if (text.length <= limit) break;
		delete p[key];
		text = ascii(p);
	}
	while (text.length > limit && p.h?.length) {
		p.h.shift();
		text = ascii(p);
	}
	return text;
}

/** The record kept in `text`, made safe to use; null if `text` is empty or not this format. */
export function unpackRecord(text: string, now = Date.now()): QuizRecord | null {
	let p: unknown;
	try {
		p = JSON.parse(text);
	} catch {
		return null;
	}
	if (!isObject(p) || p.v !== FORMAT) return null;
	const map = <T>(x: unknown, f: (v: unknown) => T): Record<string, T> =>
		isObject(x)
			? Object.fromEntries(
					Object.entries(x)
						.filter(([id]) => id !== '__proto__')
						.map(([id, v]) => [id, f(v)])
				)
			: {};
	const time = (x: unknown) => (typeof x === 'number' ? x * 1000 : undefined);
	const attempt = {
		number: p.n,
		mode: modeOf(p.m),
		responses: map(p.r, unpackResponse),
		changed: {},
		tries: map(p.t, (x) => x),
		checkedAt: {},
		firstTry: map(p.f, (x) => x),
		checked: p.k ?? [],
		revealed: p.e ?? [],
		submitted: p.d === 1,
		seed: p.s,
		only: p.o ?? null,
		current: p.c ?? null,
		startedAt: time(p.a),
		updatedAt: time(p.u)
	};
	const history = Array.isArray(p.h) ? p.h.map(unpackResult) : [];
	return usableRecord({ attempt, history }, now);
}
