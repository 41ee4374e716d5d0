// Turns pasted results codes and dropped files into a class: table rows, flags for duplicates and
// codes from another assignment, which questions most students missed, and a CSV. Pure: no DOM.
// Large pastes stay quick: each source is read up to MAX_TEXT characters (the rest is reported),
// a page passes remembering readers (paste.ts: classReaders), and the lists of problems are capped.
import { t } from '../i18n';
import { scanText, type Decode, type Scan } from './paste';
import { decodeResultsCode, type ResultsPayload } from './results-code';

export interface Source {
	/** Where the text came from, for messages: "Pasted text" or a file name. */
	label: string;
	text: string;
}

export type Flag = 'other-assignment' | 'same-student';

export interface Row {
	student: string;
	slug: string;
	lesson: string;
	earned: number;
	max: number;
	percent: number;
	passed: boolean;
	startedAt: number;
	finishedAt: number;
	/** Whole minutes between opening and finishing the lesson. */
	minutes: number;
	assignment: string;
	flags: Flag[];
	/** Which code (0-based, in import order) the row came from. */
	codeIndex: number;
}

export interface Problem {
	source: string;
	/** The start of the offending text, for recognising it; plain text, never markup. */
	excerpt: string;
	message: string;
}

export interface Difficulty {
	slug: string;
	lesson: string;
	id: string;
	prompt: string;
	/** Students (latest code each, this assignment only) whose code has this question. */
	answered: number;
	/** Of those, how many did not get full marks. */
	missed: number;
	/** Share of the points earned, 0..100. */
	percent: number;
}

export interface LessonInfo {
	slug: string;
	title: string;
	questions: { id: string; prompt: string }[];
}

export interface ClassResults {
	/** The assignment the class is checked against: given, or the one most codes name. */
	assignment: string | null;
	codes: ResultsPayload[];
	/** Different students among the codes: names compared as for the same-student flag. */
	students: number;
	rows: Row[];
	/** The first MAX_LISTED problems; `problemCount` counts them all. */
	problems: Problem[];
	problemCount: number;
	/** Codes pasted more than once (counted once): the first MAX_LISTED, and how many in all. */
	duplicates: Problem[];
	duplicateCount: number;
	/** Sources read only in part: how many characters at the end were not read. */
	unread: { source: string; characters: number }[];
	difficulty: Difficulty[];
}

/** Problems and duplicates listed one by one; past this they are counted. */
export const MAX_LISTED = 100;

const excerpt = (s: string) => {
	const flat = s.slice(0, 200).replace(/\s+/g, ' ').trim();
	return flat.length > 28 ? `${flat.slice(0, 28)}…` : flat;
};

/** Same student: names compared ignoring case, accents and spacing. */
export const nameKey = (name: string) =>
	name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export interface ClassOptions {
	/** The teacher's assignment id; without it, the one most codes name. */
	assignment?: string | null;
	/** The site's lessons: titles and prompts for the table, and no code may claim more lessons. */
	lessons?: readonly LessonInfo[];
	/** How codes are decoded and texts scanned: a page passes classReaders(), kept across rebuilds. */
	decode?: Decode;
	scan?: (text: string) => Scan;
}

export function buildClass(sources: readonly Source[], options: ClassOptions = {}): ClassResults {
	const m = t.teach.results;
	const decode = options.decode ?? decodeResultsCode;
	const scan = options.scan ?? scanText;
	const maxLessons = options.lessons?.length || Infinity;
	const problems: Problem[] = [];
	const duplicates: Problem[] = [];
	const unread: ClassResults['unread'] = [];
	let problemCount = 0;
	let duplicateCount = 0;
	const problem = (p: Problem) => {
		if (problemCount++ < MAX_LISTED) problems.push(p);
	};
	const seen = new Set<string>();
	const codes: ResultsPayload[] = [];

	for (const source of sources) {
		const found = scan(source.text);
		if (found.unread) unread.push({ source: source.label, characters: found.unread });
		if (found.noCode !== null) {
			problem({ source: source.label, excerpt: excerpt(found.noCode), message: m.noCode });
		}
		for (const raw of found.codes) {
			const result = decode(raw);
			if (!result.ok) {
				problem({ source: source.label, excerpt: excerpt(raw), message: result.error.message });
				continue;
			}
			// A code claiming more lessons than the course has is not from this site (and would
			// only fill the table).
			if (result.value.lessons.length > maxLessons) {
				problem({
					source: source.label,
					excerpt: excerpt(raw),
					message: m.tooManyLessons(result.value.lessons.length, maxLessons)
				});
				continue;
			}
			if (seen.has(raw)) {
				if (duplicateCount++ < MAX_LISTED) {
					duplicates.push({
						source: source.label,
						excerpt: excerpt(raw),
						message: m.duplicate(result.value.name)
					});
				}
				continue;
			}
			seen.add(raw);
			codes.push(result.value);
		}
	}

	const assignment = options.assignment ?? mostCommon(codes.map((c) => c.assignment));
	const titles = new Map((options.lessons ?? []).map((l) => [l.slug, l]));

	// The same student more than once (for this assignment): every one is flagged, the latest counts.
	const byStudent = new Map<string, number[]>();
	codes.forEach((c, i) => {
		if (c.assignment !== assignment) return;
		const k = nameKey(c.name);
		const list = byStudent.get(k);
		if (list) list.push(i);
		else byStudent.set(k, [i]);
	});
	const finished = (c: ResultsPayload) => Math.max(...c.lessons.map((l) => l.finishedAt));
	const latest = new Set<number>();
	for (const list of byStudent.values()) {
		latest.add(list.reduce((best, i) => (finished(codes[i]!) >= finished(codes[best]!) ? i : best)));
	}

	const rows: Row[] = [];
	codes.forEach((c, codeIndex) => {
		const flags: Flag[] = [];
		if (c.assignment !== assignment) flags.push('other-assignment');
		else if ((byStudent.get(nameKey(c.name))?.length ?? 0) > 1) flags.push('same-student');
		for (const l of c.lessons) {
			rows.push({
				student: c.name,
				slug: l.slug,
				lesson: titles.get(l.slug)?.title ?? l.slug,
				earned: l.earned,
				max: l.max,
				percent: l.max === 0 ? 0 : Math.round((l.earned / l.max) * 100),
				passed: l.passed,
				startedAt: l.startedAt,
				finishedAt: l.finishedAt,
				minutes: Math.round((l.finishedAt - l.startedAt) / 60),
				assignment: c.assignment,
				flags,
				codeIndex
			});
		}
	});

	return {
		assignment,
		codes,
		students: new Set(codes.map((c) => nameKey(c.name))).size,
		rows,
		problems,
		problemCount,
		duplicates,
		duplicateCount,
		unread,
		difficulty: difficulty(
			codes.filter((_, i) => latest.has(i)),
			titles
		)
	};
}

function mostCommon(ids: string[]): string | null {
	const counts = new Map<string, number>();
	for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
	let best: string | null = null;
	for (const [id, n] of counts) if (best === null || n > counts.get(best)!) best = id;
	return best;
}

/** Per question: how many students missed it; the most missed first. */
function difficulty(
	codes: readonly ResultsPayload[],
	lessons: ReadonlyMap<string, LessonInfo>
): Difficulty[] {
	const table = new Map<string, Difficulty & { earned: number; possible: number }>();
	for (const c of codes) {
		for (const l of c.lessons) {
			for (const q of l.questions) {
				const key = `${l.slug}\u0000${q.id}`;
				let d = table.get(key);
				if (!d) {
					const info = lessons.get(l.slug);
					d = {
						slug: l.slug,
						lesson: info?.title ?? l.slug,
						id: q.id,
						prompt: info?.questions.find((x) => x.id === q.id)?.prompt ?? q.id,
						answered: 0,
						missed: 0,
						percent: 0,
						earned: 0,
						possible: 0
					};
					table.set(key, d);
				}
				d.answered++;
				if (q.earned < q.max) d.missed++;
				d.earned += q.earned;
				d.possible += q.max;
			}
		}
	}
	return [...table.values()]
		.map(({ earned, possible, ...d }) => ({
			...d,
			percent: possible ? Math.round((earned / possible) * 100) : 0
		}))
		.sort((a, b) => b.missed - a.missed || a.percent - b.percent);
}

// Spreadsheets run a cell that starts with = + - @ (or a tab or a return) as a formula, some even
// after leading spaces, and some take the full-width forms too.
const FORMULA = /^[\t\r]|^\s*[=+\-@\uff1d\uff0b\uff0d\uff20]/;
// Characters that end a cell in some spreadsheet: the comma; the semicolon, the separator where the
// decimal mark is a comma (much of Europe); the tab; quotes and line breaks.
const SPLITS = /[",;\t\r\n]/;

/** One CSV cell that every spreadsheet reads as one cell of text: quoted where needed, formulas defused with a leading '. */
export function csvCell(value: string | number | boolean): string {
	let s = String(value);
	if (typeof value === 'string' && FORMULA.test(s)) s = `'${s}`;
	return SPLITS.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString().replace(/:\d\d\.\d{3}Z$/, 'Z');

/** RFC 4180 CSV, one row per student and lesson; times in UTC (ISO 8601). */
export function toCsv(rows: readonly Row[]): string {
	const h = t.teach.csv;
	const lines = [
		[
			h.student,
			h.lesson,
			h.earned,
			h.max,
			h.percent,
			h.passed,
			h.started,
			h.finished,
			h.minutes,
			h.assignment,
			h.flags
		],
		...rows.map((r) => [
			r.student,
			r.lesson,
			r.earned,
			r.max,
			r.percent,
			r.passed ? h.yes : h.no,
			iso(r.startedAt),
			iso(r.finishedAt),
			r.minutes,
			r.assignment,
			r.flags.map((f) => h.flag[f]).join('; ')
		])
	];
	return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
