// An assignment's settings, carried entirely in a link's fragment (after #), so nothing reaches a
// server: browsers never send the fragment in requests, hosts cannot log it, and a prerendered page
// serves every assignment from one file. The fragment is readable URL parameters ending in `id`,
// a CRC-32 of the settings: it names the assignment (results codes quote it) and catches a link
// that was cut off or mistyped. Everything is validated with valibot before use.
import * as v from 'valibot';
import { crc32 } from './checksum';
import { fail, ok, type Result } from './result';
import { SafeText, type TextProblem } from './text';
import { MODES, type Mode } from '../quiz/session';

export interface Assignment {
	/** Lesson slugs, in the order the learner works through them. */
	lessons: string[];
	mode: Mode;
	/** Percent needed to pass, 0 to 100. */
	passMark: number;
	shuffle: boolean;
	title?: string;
	/** YYYY-MM-DD. */
	due?: string;
}

export interface ParsedAssignment extends Assignment {
	/** 8 hex digits, derived from the settings. */
	id: string;
}

export type AssignmentField = 'lessons' | 'mode' | 'passMark' | 'shuffle' | 'title' | 'due';

/**
 * What is wrong with a link, as codes: the pages say it in words (t.teach.linkError), so no schema
 * text ever reaches a learner.
 */
export type AssignmentError =
	| { code: 'empty' | 'too-long' | 'newer' | 'damaged' }
	| { code: 'invalid'; field: AssignmentField; problem?: TextProblem }
	| { code: 'unknown-lesson'; lessons: string[] };

export type AssignmentErrorCode = AssignmentError['code'];

export const VERSION = '1';
export const MAX_LINK = 2000;
export const MAX_LESSONS = 20;
export const MAX_TITLE = 120;
/** Due dates from 2020 to 2100: a year like 0000 is a typo, not a deadline. */
export const FIRST_DUE = '2020-01-01';
export const LAST_DUE = '2100-12-31';

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

const Due = v.pipe(
	v.string(),
	v.regex(/^\d{4}-\d{2}-\d{2}$/),
	v.check((s) => {
		const d = new Date(`${s}T00:00:00Z`);
		return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
	}),
	v.check((s) => s >= FIRST_DUE && s <= LAST_DUE)
);

export const AssignmentSchema = v.object({
	lessons: v.pipe(
		v.array(v.pipe(v.string(), v.regex(SLUG))),
		v.minLength(1),
		v.maxLength(MAX_LESSONS),
		v.check((l) => new Set(l).size === l.length)
	),
	mode: v.picklist(MODES),
	passMark: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
	shuffle: v.boolean(),
	title: v.optional(SafeText(MAX_TITLE)),
	due: v.optional(Due)
});

/** The parameters in a fixed order, without the id: the text the id is computed over. */
function settingsParams(a: Assignment): URLSearchParams {
	const p = new URLSearchParams();
	p.set('v', VERSION);
	p.set('l', a.lessons.join('.'));
	p.set('m', a.mode);
	p.set('p', String(a.passMark));
	p.set('s', a.shuffle ? '1' : '0');
	if (a.title) p.set('t', a.title);
	if (a.due) p.set('d', a.due);
	return p;
}

export function assignmentId(a: Assignment): string {
	return crc32(settingsParams(a).toString());
}

/** The fragment (without #) that carries the settings. */
export function assignmentFragment(a: Assignment): string {
	const p = settingsParams(a);
	p.set('id', assignmentId(a));
	return p.toString();
}

/** The learner's link. `origin` is e.g. https://example.org (no trailing slash). */
export function assignmentUrl(origin: string, a: Assignment): string {
	return `${origin}/assignment#${assignmentFragment(a)}`;
}

/** The teacher's results page, already set to this assignment. */
export function resultsUrl(origin: string, a: Assignment): string {
	return `${origin}/teach/results#${assignmentFragment(a)}`;
}

const KEYS = ['v', 'l', 'm', 'p', 's', 't', 'd', 'id'] as const;

/**
 * Reads a link, a fragment (with or without #) or a location.hash. Never throws: anything wrong
 * comes back as an error saying what is wrong (t.teach.linkError puts it in words).
 * `known` (the site's lesson slugs) turns lessons this site does not have into an error.
 */
export function parseAssignment(
	input: string,
	known?: readonly string[]
): Result<ParsedAssignment, AssignmentError> {
	if (typeof input !== 'string') return fail({ code: 'empty' });
	if (input.length > MAX_LINK) return fail({ code: 'too-long' });
	const hash = input.indexOf('#');
	const fragment = (hash >= 0 ? input.slice(hash + 1) : input).trim();
	if (!fragment) return fail({ code: 'empty' });

	let params: URLSearchParams;
	try {
		params = new URLSearchParams(fragment);
	} catch {
		return fail({ code: 'damaged' });
	}
	const raw: Partial<Record<(typeof KEYS)[number], string>> = {};
	for (const key of KEYS) {
		const all = params.getAll(key);
		if (all.length > 1) return fail({ code: 'damaged' });
		if (all.length === 1) raw[key] = all[0];
	}
	if (raw.v === undefined && raw.l === undefined) return fail({ code: 'empty' });
	if (raw.v !== undefined && raw.v !== VERSION && /^\d+$/.test(raw.v) && Number(raw.v) > 1) {
		return fail({ code: 'newer' });
	}
	if (raw.v !== VERSION || raw.id === undefined) return fail({ code: 'damaged' });

	// Rebuild the settings text from what was read and compare its checksum with the link's id.
	const check = new URLSearchParams();
	for (const key of KEYS) if (key !== 'id' && raw[key] !== undefined) check.set(key, raw[key]!);
	if (crc32(check.toString()) !== raw.id) return fail({ code: 'damaged' });

	const candidate = {
		lessons: raw.l === undefined || raw.l === '' ? [] : raw.l.split('.'),
		mode: raw.m,
		passMark: raw.p !== undefined && /^\d{1,3}$/.test(raw.p) ? Number(raw.p) : NaN,
		shuffle: raw.s === '1' ? true : raw.s === '0' ? false : undefined,
		title: raw.t,
		due: raw.d
	};
	const parsed = v.safeParse(AssignmentSchema, candidate);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		const field = issue.path?.[0]?.key as AssignmentField;
		return fail(
			field === 'title'
				? { code: 'invalid', field, problem: issue.message as TextProblem }
				: { code: 'invalid', field }
		);
	}
	if (known) {
		const missing = parsed.output.lessons.filter((s) => !known.includes(s));
		if (missing.length) return fail({ code: 'unknown-lesson', lessons: missing });
	}
	return ok({ ...parsed.output, id: raw.id });
}
