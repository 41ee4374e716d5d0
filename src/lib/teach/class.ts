// Turns pasted results codes and dropped files into a class: table rows (attempts used, first
// attempt, best attempt), each code checked against the site's lessons and the assignment (checks.ts:
// a code that fails is flagged with the reasons and left out of the analysis), flags for duplicates
// and codes from another assignment, item analysis per question (items.ts), and a CSV. Pure: no DOM.
// Large pastes stay quick: each source is read up to MAX_TEXT characters (the rest is reported),
// a page passes remembering readers (paste.ts: classReaders), and the lists of problems are capped.
import { t } from '../i18n';
import { checkCode, type AssignmentRules, type Issue, type LessonInfo } from './checks';
import { itemAnalysis, mostMissed, type ItemStats, type LessonStats } from './items';
import { nameKey, skeleton } from './names';
import { scanText, type Decode, type Scan } from './paste';
import {
	attemptsUsed,
	bestAttempt,
	decodeResultsCode,
	firstAttempt,
	type AttemptScore,
	type ItemResult,
	type ResultsPayload
} from './results-code';

export type { LessonInfo } from './checks';

export interface Source {
	/** Where the text came from, for messages: "Pasted text" or a file name. */
	label: string;
	text: string;
}

/**
 * What the row's code as a whole is: from another assignment; one of several from the same student;
 * or a code another of whose lessons failed its checks (the whole code is then left out).
 */
export type Flag = 'other-assignment' | 'same-student' | 'look-alike' | 'checks-elsewhere';

/** One attempt's score as the table shows it. */
export interface Score {
	number: number;
	earned: number;
	max: number;
	percent: number;
	passed: boolean;
}

export interface Row {
	student: string;
	slug: string;
	lesson: string;
	/** Attempts used: the highest attempt number in the code. */
	attempts: number;
	/** The first attempt: what the learner could do before any retry. */
	first: Score;
	/** The best attempt (the earlier on a tie). */
	best: Score;
	/** Practice: the first attempt's points on first checks; null in test mode and R1 codes. */
	firstTry: number | null;
	startedAt: number;
	/** When the first attempt was finished. */
	finishedAt: number;
	/** Whole minutes between opening the lesson and finishing the first attempt. */
	minutes: number;
	assignment: string;
	flags: Flag[];
	/** Why this lesson of the code cannot be right (checks.ts); empty when it passed. */
	issues: Issue[];
	/** The first attempt's questions. */
	items: ItemResult[];
	/** Which code (0-based, in import order) the row came from. */
	codeIndex: number;
}

export interface Problem {
	source: string;
	/** The start of the offending text, for recognising it; plain text, never markup. */
	excerpt: string;
	message: string;
}

export interface ClassResults {
	/** The assignment the class is checked against: given, or the one most codes name. */
	assignment: string | null;
	codes: ResultsPayload[];
	/** Different students among the codes: names compared as for the same-student flag. */
	students: number;
	/** Codes that failed a check (checks.ts): flagged in the table, left out of the analysis. */
	flagged: number;
	rows: Row[];
	/** The first MAX_LISTED problems; `problemCount` counts them all. */
	problems: Problem[];
	problemCount: number;
	/** Codes pasted more than once (counted once): the first MAX_LISTED, and how many in all. */
	duplicates: Problem[];
	duplicateCount: number;
	/** Sources read only in part: how many characters at the end were not read. */
	unread: { source: string; characters: number }[];
	/** Per lesson, per question: the item analysis of the codes counted. */
	analysis: LessonStats[];
	/** The questions someone missed, the most missed first. */
	mostMissed: ItemStats[];
	/** Students whose code is counted in the analysis. */
	counted: number;
	/** Codes that may be one student's, side by side (at most MAX_LISTED groups). */
	groups: StudentGroup[];
}

/** Problems and duplicates listed one by one; past this they are counted. */
export const MAX_LISTED = 100;

const excerpt = (s: string) => {
	const flat = s.slice(0, 200).replace(/\s+/g, ' ').trim();
	return flat.length > 28 ? `${flat.slice(0, 28)}…` : flat;
};

export { nameKey } from './names';

/** One code of a student who sent several (or whose name looks like another's), for side by side. */
export interface GroupCode {
	codeIndex: number;
	name: string;
	/** Whether the code passed its checks. */
	clean: boolean;
	lessons: {
		slug: string;
		lesson: string;
		startedAt: number;
		attempts: { number: number; earned: number; max: number; finishedAt: number }[];
	}[];
}

/**
 * Codes that may be one student's: the same name (sameName) or names that look alike (a homoglyph,
 * an invisible character). A retake after clearing the browser's storage (a private window, another
 * browser) cannot be prevented without a server; it shows here as two codes side by side, each
 * with its attempts' times.
 */
export interface StudentGroup {
	sameName: boolean;
	codes: GroupCode[];
}

export interface ClassOptions {
	/** The teacher's assignment id; without it, the one most codes name. */
	assignment?: string | null;
	/** What the teacher's assignment link says: codes are checked against it. */
	rules?: AssignmentRules | null;
	/**
	 * The site's lessons: titles, prompts and options for the table and the analysis, and what each
	 * code is checked against (no code may claim more lessons than the course has).
	 */
	lessons?: readonly LessonInfo[];
	/** Unix seconds now, for the check on times in the future. Default: this computer's clock. */
	now?: number;
	/** How codes are decoded and texts scanned: a page passes classReaders(), kept across rebuilds. */
	decode?: Decode;
	scan?: (text: string) => Scan;
}

const percentOf = (earned: number, max: number) => (max === 0 ? 0 : Math.round((earned / max) * 100));
const scoreOf = (a: AttemptScore): Score => ({
	number: a.number,
	earned: a.earned,
	max: a.max,
	percent: percentOf(a.earned, a.max),
	passed: a.passed
});

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
	const lessons = new Map((options.lessons ?? []).map((l) => [l.slug, l]));
	const context = {
		lessons,
		assignment: options.rules ?? null,
		now: options.now ?? Math.floor(Date.now() / 1000)
	};
	const issues = codes.map((c) => checkCode(c, context));
	const clean = (i: number) => issues[i]!.length === 0;

	// The same student more than once (for this assignment): every one is flagged; the latest that
	// passes its checks counts.
	const byStudent = new Map<string, number[]>();
	codes.forEach((c, i) => {
		if (c.assignment !== assignment) return;
		const k = nameKey(c.name);
		const list = byStudent.get(k);
		if (list) list.push(i);
		else byStudent.set(k, [i]);
	});
	const finished = (c: ResultsPayload) =>
		Math.max(...c.lessons.flatMap((l) => l.attempts.map((a) => a.finishedAt)));
	const counted: number[] = [];
	for (const list of byStudent.values()) {
		const passing = list.filter(clean);
		if (passing.length) {
			counted.push(passing.reduce((best, i) => (finished(codes[i]!) >= finished(codes[best]!) ? i : best)));
		}
	}

	// Names that look alike but are not the same name: possibly one student, flagged, not merged.
	const bySkeleton = new Map<string, Set<string>>();
	for (const key of byStudent.keys()) {
		const k = skeleton(key);
		const set = bySkeleton.get(k);
		if (set) set.add(key);
		else bySkeleton.set(k, new Set([key]));
	}
	const lookAlike = (c: ResultsPayload) => (bySkeleton.get(skeleton(nameKey(c.name)))?.size ?? 0) > 1;

	const groupCode = (i: number): GroupCode => ({
		codeIndex: i,
		name: codes[i]!.name,
		clean: clean(i),
		lessons: codes[i]!.lessons.map((l) => ({
			slug: l.slug,
			lesson: lessons.get(l.slug)?.title ?? l.slug,
			startedAt: l.startedAt,
			attempts: [...l.attempts]
				.sort((a, b) => a.number - b.number)
				.map(({ number, earned, max, finishedAt }) => ({ number, earned, max, finishedAt }))
		}))
	});
	const groups: StudentGroup[] = [];
	for (const keys of bySkeleton.values()) {
		if (groups.length >= MAX_LISTED) break;
		const members = [...keys].flatMap((k) => byStudent.get(k) ?? []).sort((a, b) => a - b);
		if (members.length < 2) continue;
		groups.push({ sameName: keys.size === 1, codes: members.map(groupCode) });
	}

	const rows: Row[] = [];
	codes.forEach((c, codeIndex) => {
		const flags: Flag[] = [];
		if (c.assignment !== assignment) flags.push('other-assignment');
		else {
			if ((byStudent.get(nameKey(c.name))?.length ?? 0) > 1) flags.push('same-student');
			if (lookAlike(c)) flags.push('look-alike');
		}
		const codeIssues = issues[codeIndex]!;
		for (const l of c.lessons) {
			const first = firstAttempt(l);
			const own = codeIssues.filter((i) => i.slug === l.slug);
			rows.push({
				student: c.name,
				slug: l.slug,
				lesson: lessons.get(l.slug)?.title ?? l.slug,
				attempts: attemptsUsed(l),
				first: scoreOf(first),
				best: scoreOf(bestAttempt(l)),
				firstTry: first.firstTry,
				startedAt: l.startedAt,
				finishedAt: first.finishedAt,
				minutes: Math.round((first.finishedAt - l.startedAt) / 60),
				assignment: c.assignment,
				flags: own.length === 0 && codeIssues.length > 0 ? [...flags, 'checks-elsewhere'] : flags,
				issues: own,
				items: l.items,
				codeIndex
			});
		}
	});

	const analysis = itemAnalysis(
		counted.flatMap((i) => codes[i]!.lessons.map((l) => ({ slug: l.slug, items: l.items }))),
		lessons
	);
	return {
		assignment,
		codes,
		students: new Set(codes.map((c) => nameKey(c.name))).size,
		flagged: issues.filter((i) => i.length > 0).length,
		rows,
		problems,
		problemCount,
		duplicates,
		duplicateCount,
		unread,
		analysis,
		mostMissed: mostMissed(analysis),
		counted: counted.length,
		groups
	};
}

function mostCommon(ids: string[]): string | null {
	const counts = new Map<string, number>();
	for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
	let best: string | null = null;
	for (const [id, n] of counts) if (best === null || n > counts.get(best)!) best = id;
	return best;
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

/** A question column of the CSV. */
interface Column {
	slug: string;
	id: string;
	header: string;
}

/**
 * One column per question of each lesson in the rows, as quiz platforms export: the lessons and
 * questions in the site's order, then any the site does not know (only without site data).
 */
function questionColumns(rows: readonly Row[], lessons: readonly LessonInfo[]): Column[] {
	const h = t.teach.csv;
	const present = new Set(rows.map((r) => r.slug));
	const known = new Map(lessons.map((l) => [l.slug, l]));
	const columns: Column[] = [];
	for (const l of lessons) {
		if (!present.has(l.slug)) continue;
		l.questions.forEach((q, i) =>
			columns.push({ slug: l.slug, id: q.id, header: h.question(l.title, i + 1, q.id, q.max) })
		);
	}
	const have = new Set(columns.map((c) => `${c.slug}\u0000${c.id}`));
	for (const r of rows) {
		if (known.has(r.slug)) continue;
		for (const q of r.items) {
			const key = `${r.slug}\u0000${q.id}`;
			if (have.has(key)) continue;
			have.add(key);
			const number = columns.filter((c) => c.slug === r.slug).length + 1;
			columns.push({ slug: r.slug, id: q.id, header: h.question(r.lesson, number, q.id, q.max) });
		}
	}
	return columns;
}

/**
 * RFC 4180 CSV, one row per student and lesson: attempts used, the first and the best attempt, the
 * first-try points, times in UTC (ISO 8601), flags and the checks' reasons, then one column per
 * question with the points earned on the first attempt (blank where the row's lesson has no such
 * question).
 */
export function toCsv(rows: readonly Row[], lessons: readonly LessonInfo[] = []): string {
	const h = t.teach.csv;
	const m = t.teach.results;
	const columns = questionColumns(rows, lessons);
	const lines = [
		[
			h.student,
			h.lesson,
			h.attempts,
			h.first,
			h.best,
			h.max,
			h.firstPercent,
			h.bestPercent,
			h.passed,
			h.firstTry,
			h.started,
			h.finished,
			h.minutes,
			h.assignment,
			h.flags,
			...columns.map((c) => c.header)
		],
		...rows.map((r) => {
			const points = new Map(r.items.map((q) => [q.id, q.earned]));
			return [
				r.student,
				r.lesson,
				r.attempts,
				r.first.earned,
				r.best.earned,
				r.first.max,
				r.first.percent,
				r.best.percent,
				r.best.passed ? h.yes : h.no,
				r.firstTry ?? '',
				iso(r.startedAt),
				iso(r.finishedAt),
				r.minutes,
				r.assignment,
				[...r.flags.map((f) => h.flag[f]), ...r.issues.map((i) => m.issue(i))].join('; '),
				...columns.map((c) => (c.slug === r.slug ? (points.get(c.id) ?? '') : ''))
			];
		})
	];
	return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
