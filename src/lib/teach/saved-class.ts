// A class kept in the teacher's browser (/teach/results): its name, the assignment it is for, and
// the results codes that arrived, each once. Pure: no DOM, no storage (class-storage.ts keeps it in
// IndexedDB). A class moves to another computer as a class file: JSON, read back here with every
// field checked, never trusted.
import * as v from 'valibot';
import { MAX_LINK } from './assignment';
import { fail, ok, type Result } from './result';
import { findCodes, MAX_CODE } from './results-code';

export const CLASS_FILE_KIND = 'news-lessons-class';
export const CLASS_FILE_VERSION = 1;
export const MAX_CLASS_NAME = 80;
/** Far more than a class (or a year of classes) sends; a file claiming more is not read. */
export const MAX_CLASS_CODES = 5000;

export interface SavedClass {
	/** Made when the class is created; a file imported twice lands on the same class. */
	id: string;
	name: string;
	/** The assignment's id (8 hex digits), when known. */
	assignment: string | null;
	/** The assignment link as the teacher pasted it ('' when none): the page checks codes against it. */
	link: string;
	/** Each distinct code once, in the order they arrived. */
	codes: string[];
	/** Unix milliseconds. */
	created: number;
	updated: number;
}

const Code = v.pipe(
	v.string(),
	v.maxLength(MAX_CODE),
	v.regex(/^R\d{1,4}\.[A-Za-z0-9_-]*(?:\.[0-9A-Za-z]*)?$/)
);
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));
const ClassSchema = v.object({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
	name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(MAX_CLASS_NAME)),
	assignment: v.nullable(v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/))),
	link: v.pipe(v.string(), v.maxLength(MAX_LINK)),
	codes: v.pipe(v.array(Code), v.maxLength(MAX_CLASS_CODES)),
	created: Time,
	updated: Time
});
const FileSchema = v.object({
	kind: v.literal(CLASS_FILE_KIND),
	version: v.number(),
	class: v.unknown()
});

export type ClassFileError = 'not-json' | 'not-a-class' | 'newer' | 'invalid';

/** A new, empty class. */
export function newClass(
	name: string,
	opts: { id: string; now: number; assignment?: string | null; link?: string }
): SavedClass {
	return {
		id: opts.id,
		name: name.trim().slice(0, MAX_CLASS_NAME),
		assignment: opts.assignment ?? null,
		link: opts.link ?? '',
		codes: [],
		created: opts.now,
		updated: opts.now
	};
}

/** An id for a new class: random, so two computers never make the same one. */
export function classId(random: () => number = Math.random): string {
	return Array.from({ length: 12 }, () => Math.floor(random() * 36).toString(36)).join('');
}

/**
 * The class with `codes` added: each once, those it has already (or that repeat in `codes`) dropped.
 * The same object back when nothing was new.
 */
export function addCodes(
	cls: SavedClass,
	codes: readonly string[],
	now: number
): { cls: SavedClass; added: number; already: number } {
	const have = new Set(cls.codes);
	const fresh: string[] = [];
	let already = 0;
	for (const code of codes) {
		if (have.has(code)) {
			already++;
			continue;
		}
		have.add(code);
		fresh.push(code);
	}
	if (fresh.length === 0) return { cls, added: 0, already };
	const room = Math.max(0, MAX_CLASS_CODES - cls.codes.length);
	const kept = fresh.slice(0, room);
	return { cls: { ...cls, codes: [...cls.codes, ...kept], updated: now }, added: kept.length, already };
}

/**
 * What of a paste or file goes into a class: the codes that `keep` accepts (those that read as
 * results codes), and the text to leave where it was, which is only the codes that did not read
 * (so the page still says what is wrong with them); chat text around codes is dropped with them.
 */
export function takeCodes(text: string, keep: (code: string) => boolean): { codes: string[]; rest: string } {
	const codes: string[] = [];
	const bad: string[] = [];
	for (const code of findCodes(text)) (keep(code) ? codes : bad).push(code);
	if (codes.length === 0) return { codes, rest: text };
	return { codes, rest: bad.join('\n') };
}

/** The class as a file to move it to another computer. */
export function classFile(cls: SavedClass): string {
	return (
		JSON.stringify({ kind: CLASS_FILE_KIND, version: CLASS_FILE_VERSION, class: cls }, null, '\t') + '\n'
	);
}

/** A class file's name: the class's name in letters, digits and dashes. */
export function classFileName(cls: SavedClass): string {
	const stem = cls.name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40);
	return `class-${stem || 'results'}.json`;
}

/** Reads a class file. Never throws. */
export function readClassFile(text: string): Result<SavedClass, ClassFileError> {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return fail('not-json');
	}
	const file = v.safeParse(FileSchema, json);
	if (!file.success) return fail('not-a-class');
	if (file.output.version > CLASS_FILE_VERSION) return fail('newer');
	const cls = v.safeParse(ClassSchema, file.output.class);
	if (!cls.success) return fail('invalid');
	return ok({ ...cls.output, codes: [...new Set(cls.output.codes)] });
}

/** A class imported into the classes kept here: merged into the one with its id, else added. */
export function importClass(
	classes: readonly SavedClass[],
	incoming: SavedClass,
	now: number
): { classes: SavedClass[]; cls: SavedClass; added: number } {
	const existing = classes.find((c) => c.id === incoming.id);
	if (!existing) return { classes: [...classes, incoming], cls: incoming, added: incoming.codes.length };
	const merged = addCodes(existing, incoming.codes, now);
	const cls = {
		...merged.cls,
		link: merged.cls.link || incoming.link,
		assignment: merged.cls.assignment ?? incoming.assignment
	};
	return { classes: classes.map((c) => (c.id === cls.id ? cls : c)), cls, added: merged.added };
}
