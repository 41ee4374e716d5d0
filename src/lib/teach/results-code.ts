// A learner's results as a compact text code to paste into the class's usual channel:
//   R1.<base64url of deflated JSON>.<CRC-32 of everything before the last dot>
// The checksum catches typos and codes cut off in a chat; the schema rejects anything else.
// Nothing here proves who answered what: a code is self-reported, like a note handed in.
import * as v from 'valibot';
import { deflateSync, inflateSync } from 'fflate';
import { t } from '../i18n';
import { SafeText } from './text';
import { MAX_LESSONS } from './assignment';
import { crc32 } from './checksum';
import { fail, ok, type Result } from './result';

export const CODE_VERSION = 1;
const PREFIX = `R${CODE_VERSION}.`;
/** Longest code accepted, in characters; a whole course's results are well under this. */
export const MAX_CODE = 12000;
/** Largest decompressed payload accepted, in bytes: a deflate bomb stops here. */
const MAX_JSON = 200_000;
export const MAX_NAME = 60;

export interface QuestionResult {
	id: string;
	earned: number;
	max: number;
}

export interface LessonResult {
	slug: string;
	earned: number;
	max: number;
	passed: boolean;
	questions: QuestionResult[];
	/** Unix time in seconds: when the learner opened the lesson, and when they finished it. */
	startedAt: number;
	finishedAt: number;
}

export interface ResultsPayload {
	/** The assignment id (from the link). */
	assignment: string;
	name: string;
	lessons: LessonResult[];
}

export type CodeErrorCode = 'empty' | 'too-long' | 'not-a-code' | 'newer' | 'truncated' | 'typo' | 'damaged';

export interface CodeError {
	code: CodeErrorCode;
	message: string;
}

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
const Points = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10000));
// Seconds since 1970, from 2020 to 2100: a clock far outside that is not a real finish time.
const Time = v.pipe(v.number(), v.integer(), v.minValue(1577836800), v.maxValue(4102444800));

// The wire form keeps keys to one letter: codes get pasted into chats.
const Wire = v.strictObject({
	a: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/)),
	n: SafeText(MAX_NAME),
	l: v.pipe(
		v.array(
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
						v.maxLength(500)
					),
					Time,
					Time
				]),
				v.check(([, e, m]) => e <= m, 'a lesson has more points than its maximum'),
				v.check(([, , , , , s, f]) => s <= f, 'a lesson finished before it started')
			)
		),
		v.minLength(1),
		// An assignment names at most MAX_LESSONS lessons, each once.
		v.maxLength(MAX_LESSONS),
		v.check((l) => new Set(l.map(([slug]) => slug)).size === l.length)
	)
});
type Wire = v.InferOutput<typeof Wire>;

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

export function encodeResultsCode(payload: ResultsPayload): string {
	const wire: Wire = {
		a: payload.assignment,
		n: payload.name.trim(),
		l: payload.lessons.map((l) => [
			l.slug,
			l.earned,
			l.max,
			l.passed ? 1 : 0,
			l.questions.map((q) => [q.id, q.earned, q.max] as [string, number, number]),
			l.startedAt,
			l.finishedAt
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
	if (Number(head[1]) !== CODE_VERSION) {
		return Number(head[1]) > CODE_VERSION
			? fail({ code: 'newer', message: e.newer })
			: fail({ code: 'not-a-code', message: e.notACode });
	}
	const dot = text.lastIndexOf('.');
	const sum = text.slice(dot + 1);
	const signed = text.slice(0, dot);
	if (dot < PREFIX.length || !/^[0-9a-f]{8}$/.test(sum))
		return fail({ code: 'truncated', message: e.truncated });
	if (crc32(signed) !== sum) return fail({ code: 'typo', message: e.typo });

	const bytes = fromBase64url(signed.slice(PREFIX.length));
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
	const parsed = v.safeParse(Wire, wire);
	if (!parsed.success) return fail({ code: 'damaged', message: e.damaged });
	const w = parsed.output;
	return ok({
		assignment: w.a,
		name: w.n,
		lessons: w.l.map(([slug, earned, max, passed, questions, startedAt, finishedAt]) => ({
			slug,
			earned,
			max,
			passed: passed === 1,
			questions: questions.map(([id, earned, max]) => ({ id, earned, max })),
			startedAt,
			finishedAt
		}))
	});
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
