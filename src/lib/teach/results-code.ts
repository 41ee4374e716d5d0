// A learner's results as a compact text code to paste into the class's usual channel:
//   R2.<base64url of deflated JSON>.<CRC-32 of everything before the last dot>
// The checksum catches typos and codes cut off in a chat; the schema rejects anything that is not
// shaped like results. Whether the results are possible is checked against the site's lessons on
// the class page (checks.ts). Nothing here proves who answered what: a code is self-reported, like
// a note handed in. R1 codes (before attempts were kept) still read.
import * as v from 'valibot';
import { deflateSync, inflateSync } from 'fflate';
import { t } from '../i18n';
import { SafeText } from './text';
import { MAX_LESSONS } from './assignment';
import { crc32 } from './checksum';
import { fail, ok, type Result } from './result';

/** The version codes are made in; R1 codes (one score per lesson, no attempts) still read. */
export const CODE_VERSION = 2;
const PREFIX = `R${CODE_VERSION}.`;
/** Longest code accepted, in characters; a whole course's results are well under this. */
export const MAX_CODE = 12000;
/** Largest decompressed payload accepted, in bytes: a deflate bomb stops here. */
const MAX_JSON = 200_000;
export const MAX_NAME = 60;
/**
 * Attempts a code carries per lesson. Practice has no limit, so past this the code keeps the first,
 * the best and the latest; their numbers say how many there were.
 */
export const MAX_CODE_ATTEMPTS = 20;
/** Questions a code may list for one lesson, and picks for one question. */
const MAX_ITEMS = 500;
const MAX_PICKS = 100;

/** One finished attempt at a lesson's quiz. */
export interface AttemptScore {
	/** 1 for the first attempt, then 2, 3…: gaps mean attempts left out of the code. */
	number: number;
	earned: number;
	max: number;
	passed: boolean;
	/** Unix seconds. */
	finishedAt: number;
	/** Practice: the points earned on each question's first check; null in test mode (and R1 codes). */
	firstTry: number | null;
}

/**
 * What the learner chose on a choice question: an option id (single choice, part A of an evidence
 * question), true or false, or the ids ticked or marked (multiple choice, highlight).
 */
export type Pick = string | boolean | string[];

/** One question of the attempt that counts for item analysis (the first). */
export interface ItemResult {
	id: string;
	earned: number;
	max: number;
	/** Practice: points at the first check; null in test mode (and R1 codes). */
	firstTry: number | null;
	/** Choice questions that were answered: what was chosen, as the attempt ended. */
	pick?: Pick;
}

export interface LessonResult {
	slug: string;
	/** Unix seconds: when the learner first opened the lesson. */
	startedAt: number;
	/** Finished attempts, in order of number (at least one). */
	attempts: AttemptScore[];
	/**
	 * Per question, of the first attempt: what the learner could do before any retry, which is what
	 * item analysis measures.
	 */
	items: ItemResult[];
}

export interface ResultsInput {
	/** The assignment id (from the link). */
	assignment: string;
	name: string;
	lessons: LessonResult[];
}

export interface ResultsPayload extends ResultsInput {
	/** The version of the code that was read: 1 codes have one attempt each and no first tries. */
	version: 1 | 2;
}

export type CodeErrorCode = 'empty' | 'too-long' | 'not-a-code' | 'newer' | 'truncated' | 'typo' | 'damaged';

export interface CodeError {
	code: CodeErrorCode;
	message: string;
}

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
const Points = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10000));
const FirstTry = v.nullable(Points);
// Seconds since 1970, from 2020 to the end of 2100: a clock far outside that is not a real time.
// Times in the future are not refused here: the class page flags them, with the reason.
const Time = v.pipe(v.number(), v.integer(), v.minValue(1577836800), v.maxValue(4133980799));
const AttemptNumber = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10000));
const Assignment = v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/));
/** An assignment names at most MAX_LESSONS lessons, each once. */
const lessonList = <T extends v.GenericSchema<unknown, [string, ...unknown[]]>>(lesson: T) =>
	v.pipe(
		v.array(lesson),
		v.minLength(1),
		v.maxLength(MAX_LESSONS),
		v.check((l) => new Set(l.map(([slug]) => slug)).size === l.length)
	);

// The wire forms keep keys to one letter and records to arrays: codes get pasted into chats.
// R1: l = [[slug, earned, max, passed 0|1, [[question id, earned, max], …], started, finished], …]
const WireV1 = v.strictObject({
	a: Assignment,
	n: SafeText(MAX_NAME),
	l: lessonList(
		v.pipe(
			v.strictTuple([
				Id,
				Points,
				Points,
				v.picklist([0, 1]),
				v.pipe(
					v.array(
						v.pipe(
							v.strictTuple([Id, Points, Points]),
							v.check(([, e, m]) => e <= m, 'a question has more points than its maximum')
						)
					),
					v.maxLength(MAX_ITEMS)
				),
				Time,
				Time
			]),
			v.check(([, e, m]) => e <= m, 'a lesson has more points than its maximum'),
			v.check(([, , , , , s, f]) => s <= f, 'a lesson finished before it started')
		)
	)
});

// R2: l = [[slug, started, attempts, items], …]
//   attempt: [number, earned, max, passed 0|1, finished, first-try points or null]
//   item:    [question id, earned, max, first-try points or null, pick?]
//   pick:    an option id, 1|0 for true/false, or a list of option ids
// Only the shape is checked here. Whether the contents are possible (points within the maximum,
// known questions, times in order) is for the class page, which flags a code with the reason
// rather than refusing it.
const WirePick = v.union([Id, v.picklist([0, 1]), v.pipe(v.array(Id), v.maxLength(MAX_PICKS))]);
const WireItem = v.union([
	v.strictTuple([Id, Points, Points, FirstTry]),
	v.strictTuple([Id, Points, Points, FirstTry, WirePick])
]);
const WireAttempt = v.strictTuple([AttemptNumber, Points, Points, v.picklist([0, 1]), Time, FirstTry]);
const WireV2 = v.strictObject({
	a: Assignment,
	n: SafeText(MAX_NAME),
	l: lessonList(
		v.strictTuple([
			Id,
			Time,
			v.pipe(v.array(WireAttempt), v.minLength(1), v.maxLength(MAX_CODE_ATTEMPTS)),
			v.pipe(v.array(WireItem), v.maxLength(MAX_ITEMS))
		])
	)
});
type WireV2 = v.InferOutput<typeof WireV2>;
type WirePick = v.InferOutput<typeof WirePick>;

function toBase64url(bytes: Uint8Array): string {
	let s = '';
	for (const b of bytes) s += String.fromCharCode(b);
	return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
	try {
		const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		return Uint8Array.from(s, (c) => c.charCodeAt(0));
	} catch {
		return null;
	}
}

const toWirePick = (pick: Pick): WirePick =>
	typeof pick === 'boolean' ? (pick ? 1 : 0) : Array.isArray(pick) ? [...pick] : pick;
const fromWirePick = (pick: WirePick): Pick =>
	typeof pick === 'number' ? pick === 1 : Array.isArray(pick) ? [...pick] : pick;

export function encodeResultsCode(payload: ResultsInput): string {
	const wire: WireV2 = {
		a: payload.assignment,
		n: payload.name.trim(),
		l: payload.lessons.map((l) => [
			l.slug,
			l.startedAt,
			l.attempts.map((a) => [a.number, a.earned, a.max, a.passed ? 1 : 0, a.finishedAt, a.firstTry]),
			l.items.map((q) =>
				q.pick === undefined
					? [q.id, q.earned, q.max, q.firstTry]
					: [q.id, q.earned, q.max, q.firstTry, toWirePick(q.pick)]
			)
		])
	};
	const body = toBase64url(deflateSync(new TextEncoder().encode(JSON.stringify(wire)), { level: 9 }));
	const head = PREFIX + body;
	return `${head}.${crc32(head)}`;
}

/**
 * Every candidate code in pasted text (a chat message, a file): the text around them is ignored.
 * Callers cap how much text they pass (paste.ts), and say what they left unread.
 */
export function findCodes(text: string): string[] {
	if (typeof text !== 'string') return [];
	return text.match(/R\d{1,4}\.[A-Za-z0-9_-]*(?:\.[0-9A-Za-z]*)?/g) ?? [];
}

/** Reads one code. Never throws: a bad code comes back as an error that says what to do. */
export function decodeResultsCode(input: string): Result<ResultsPayload, CodeError> {
	const e = t.teach.codeErrors;
	if (typeof input !== 'string') return fail({ code: 'empty', message: e.empty });
	if (input.length > MAX_CODE * 2) return fail({ code: 'too-long', message: e.tooLong });
	// Chats wrap long lines: spaces and line breaks inside a code are not part of it.
	const text = input.replace(/\s+/g, '');
	if (!text) return fail({ code: 'empty', message: e.empty });
	if (text.length > MAX_CODE) return fail({ code: 'too-long', message: e.tooLong });
	const head = /^R(\d{1,4})\./.exec(text);
	if (!head) return fail({ code: 'not-a-code', message: e.notACode });
	const version = Number(head[1]);
	if (version > CODE_VERSION) return fail({ code: 'newer', message: e.newer });
	if (version !== 1 && version !== 2) return fail({ code: 'not-a-code', message: e.notACode });
	const prefix = head[0];
	const dot = text.lastIndexOf('.');
	const sum = text.slice(dot + 1);
	const signed = text.slice(0, dot);
	if (dot < prefix.length || !/^[0-9a-f]{8}$/.test(sum))
		return fail({ code: 'truncated', message: e.truncated });
	if (crc32(signed) !== sum) return fail({ code: 'typo', message: e.typo });

	const bytes = fromBase64url(signed.slice(prefix.length));
	if (!bytes) return fail({ code: 'damaged', message: e.damaged });
	let wire: unknown;
	try {
		// A fixed output buffer: inflating stops there, so a tiny code cannot expand without limit.
		const out = inflateSync(bytes, { out: new Uint8Array(MAX_JSON + 1) });
		if (out.length > MAX_JSON) return fail({ code: 'too-long', message: e.tooLong });
		wire = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(out));
	} catch {
		return fail({ code: 'damaged', message: e.damaged });
	}
	const payload = version === 1 ? readV1(wire) : readV2(wire);
	return payload ? ok(payload) : fail({ code: 'damaged', message: e.damaged });
}

/** An R1 code in today's terms: one attempt per lesson, its finish the lesson's, no first tries. */
function readV1(wire: unknown): ResultsPayload | null {
	const parsed = v.safeParse(WireV1, wire);
	if (!parsed.success) return null;
	const w = parsed.output;
	return {
		version: 1,
		assignment: w.a,
		name: w.n,
		lessons: w.l.map(([slug, earned, max, passed, questions, startedAt, finishedAt]) => ({
			slug,
			startedAt,
			attempts: [{ number: 1, earned, max, passed: passed === 1, finishedAt, firstTry: null }],
			items: questions.map(([id, earned, max]) => ({ id, earned, max, firstTry: null }))
		}))
	};
}

function readV2(wire: unknown): ResultsPayload | null {
	const parsed = v.safeParse(WireV2, wire);
	if (!parsed.success) return null;
	const w = parsed.output;
	return {
		version: 2,
		assignment: w.a,
		name: w.n,
		lessons: w.l.map(([slug, startedAt, attempts, items]) => ({
			slug,
			startedAt,
			attempts: attempts.map(([number, earned, max, passed, finishedAt, firstTry]) => ({
				number,
				earned,
				max,
				passed: passed === 1,
				finishedAt,
				firstTry
			})),
			items: items.map(([id, earned, max, firstTry, pick]) =>
				pick === undefined
					? { id, earned, max, firstTry }
					: { id, earned, max, firstTry, pick: fromWirePick(pick) }
			)
		}))
	};
}

type WithAttempts<A> = { readonly attempts: readonly A[] };

/** The first attempt: the one that measures reading, and whose questions the code lists. */
export const firstAttempt = <A extends AttemptScore>(l: WithAttempts<A>): A =>
	l.attempts.reduce((a, b) => (b.number < a.number ? b : a));

/** The best attempt: the highest share of the points, the earlier one on a tie. */
export const bestAttempt = <A extends AttemptScore>(l: WithAttempts<A>): A =>
	l.attempts.reduce((a, b) =>
		share(b) > share(a) || (share(b) === share(a) && b.number < a.number) ? b : a
	);

/** The latest attempt (highest number). */
export const latestAttempt = <A extends AttemptScore>(l: WithAttempts<A>): A =>
	l.attempts.reduce((a, b) => (b.number > a.number ? b : a));

const share = (a: AttemptScore) => (a.max > 0 ? a.earned / a.max : 0);

/** Attempts used: the highest number (attempts left out of a long practice history included). */
export const attemptsUsed = (l: WithAttempts<AttemptScore>): number => latestAttempt(l).number;

/**
 * The attempts a code carries: all of them up to MAX_CODE_ATTEMPTS; past that the first, the best
 * and the latest. In order of number.
 */
export function codeAttempts<A extends AttemptScore>(attempts: readonly A[], cap = MAX_CODE_ATTEMPTS): A[] {
	const sorted = [...attempts].sort((a, b) => a.number - b.number);
	if (sorted.length <= cap) return sorted;
	const first = sorted[0]!;
	const best = bestAttempt({ attempts: sorted });
	const keep = new Set<AttemptScore>([first, best]);
	for (let i = sorted.length - 1; keep.size < cap; i--) keep.add(sorted[i]!);
	return sorted.filter((a) => keep.has(a));
}

/** A file name for the download: letters and digits of the name only. */
export function codeFileName(name: string, assignment: string): string {
	const safe = name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40);
	return `results-${safe || 'student'}-${assignment}.txt`;
}
