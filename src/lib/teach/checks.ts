// What the class page checks in each results code it reads. A code's checksum only says it was not
// mistyped; anyone can make one that is well formed. So each lesson in a code is held against the
// site's own lessons (which questions, how many points each), against the assignment when the
// teacher gives its link (which lessons, the pass mark, how many attempts), against itself (points
// within their maximum, the questions adding up to the score) and against the clock. A code that
// fails is flagged with the reasons, never counted as if it were fine. Pure: no DOM; the page puts
// each issue in words (t.teach.results.issue).
import type { Kind } from '../quiz/kinds';
import { tickPoints } from '../quiz/kinds/kind';
import type { Mode } from '../quiz/record';
import { isChoiceKind, pickFits, pickIds } from './picks';
import type { LessonResult, Pick, ResultsPayload } from './results-code';

/** One question as the class page knows it: no answers, no explanations. */
export interface QuestionInfo {
	id: string;
	prompt: string;
	kind: Kind;
	/** The most it can earn (maxPoints). */
	max: number;
	/** Choice questions: the options a learner can pick, in the question's order; null otherwise. */
	options: { id: string; text: string }[] | null;
	/**
	 * Choice questions: the pick that earns full marks (part A's option for an evidence question), so
	 * a code's points can be scored again from its picks. Absent: not known, not re-scored.
	 */
	key?: Pick | null;
}

/** One lesson as the class page knows it, from the site's own lesson data. */
export interface LessonInfo {
	slug: string;
	title: string;
	questions: QuestionInfo[];
}

/** What an assignment link says that a code can be held against. */
export interface AssignmentRules {
	lessons: readonly string[];
	passMark: number;
	/** Attempts allowed per lesson; null: no limit. */
	attempts: number | null;
	/** Practice or test: test mode has no first tries. Absent: not known. */
	mode?: Mode;
}

export interface CheckContext {
	/** The site's lessons by slug; empty: not known (only the code's own consistency is checked). */
	lessons: ReadonlyMap<string, LessonInfo>;
	/** The teacher's assignment, when its link is given. */
	assignment: AssignmentRules | null;
	/** Unix seconds now. */
	now: number;
}

/** How far ahead of this computer's clock a time may be before it counts as in the future. */
export const CLOCK_SLACK = 15 * 60;

/**
 * The least time, in seconds, a question answered on a first attempt takes: reading its prompt and
 * choosing. A first attempt finished faster than this per answered question, counted from opening
 * the lesson, was not answered by reading (20 questions in 3 seconds).
 */
export const SECONDS_PER_QUESTION = 2;

export type IssueCode =
	| 'unknown-lesson'
	| 'not-assigned'
	| 'unknown-question'
	| 'repeated-question'
	| 'question-max'
	| 'lesson-max'
	| 'over-max'
	| 'items-total'
	| 'unknown-option'
	| 'passed'
	| 'attempts'
	| 'repeated-attempt'
	| 'future'
	| 'time-order'
	| 'rescored'
	| 'no-picks'
	| 'old-code'
	| 'impossible-points'
	| 'first-tries'
	| 'test-first-tries'
	| 'too-fast';

export interface Issue {
	code: IssueCode;
	/** The lesson it concerns, as the code names it. */
	slug: string;
	/** Question ids concerned, where there are some. */
	ids?: string[];
	/** What the site or the assignment says, beside what the code says (max points, attempts, pass mark). */
	expected?: number;
	found?: number;
	/** too-fast: how many questions were answered (found is the seconds it took). */
	questions?: number;
}

const unique = (ids: string[]) => [...new Set(ids)];

/** The problems with one lesson of a code; empty when it is possible. */
export function checkLesson(l: LessonResult, ctx: CheckContext, version: 1 | 2 = 2): Issue[] {
	const issues: Issue[] = [];
	const issue = (code: IssueCode, extra: Omit<Issue, 'code' | 'slug'> = {}) =>
		issues.push({ code, slug: l.slug, ...extra });
	const attempts = [...l.attempts].sort((a, b) => a.number - b.number);
	const first = attempts[0];

	// The code against itself.
	if (new Set(attempts.map((a) => a.number)).size !== attempts.length) issue('repeated-attempt');
	const over =
		attempts.some((a) => a.earned > a.max || (a.firstTry ?? 0) > a.max) ||
		l.items.some((q) => q.earned > q.max || (q.firstTry ?? 0) > q.max);
	if (over) issue('over-max');
	if (first) {
		const earned = l.items.reduce((n, q) => n + q.earned, 0);
		const max = l.items.reduce((n, q) => n + q.max, 0);
		if (earned !== first.earned || max !== first.max) issue('items-total');
	}
	const ids = l.items.map((q) => q.id);
	const repeated = unique(ids.filter((id, i) => ids.indexOf(id) !== i));
	if (repeated.length) issue('repeated-question', { ids: repeated });

	// First tries: the first attempt's are the sum of its questions' (as the quiz counts them), and a
	// question right at its first check is done, so it cannot end with fewer points. Test mode has
	// none: a test-mode attempt carrying them was not made by the quiz.
	if (first) {
		const itemTries = l.items.filter((q) => q.firstTry !== null);
		const sum = itemTries.reduce((n, q) => n + (q.firstTry ?? 0), 0);
		const disagrees =
			(first.firstTry === null ? itemTries.length > 0 : sum !== first.firstTry) ||
			l.items.some((q) => q.firstTry !== null && q.firstTry >= q.max && q.max > 0 && q.earned < q.max);
		if (disagrees) issue('first-tries');
	}
	if (ctx.assignment?.mode === 'test') {
		if (attempts.some((a) => a.firstTry !== null) || l.items.some((q) => q.firstTry !== null)) {
			issue('test-first-tries');
		}
	}

	// Time: reading and answering takes time; a first attempt faster than the floor per answered
	// question (counted from opening the lesson) was not done by reading.
	if (first) {
		const answered = l.items.filter((q) => q.pick !== undefined || q.earned > 0).length;
		const seconds = first.finishedAt - l.startedAt;
		if (answered > 0 && seconds >= 0 && seconds < answered * SECONDS_PER_QUESTION) {
			issue('too-fast', { found: seconds, questions: answered });
		}
	}

	// The clock: nothing after now (give or take a wrong clock), nothing finished before it began,
	// and attempt 2 finished after attempt 1.
	const late = ctx.now + CLOCK_SLACK;
	if (l.startedAt > late || attempts.some((a) => a.finishedAt > late)) issue('future');
	const outOfOrder =
		attempts.some((a) => a.finishedAt < l.startedAt) ||
		attempts.some((a, i) => i > 0 && a.finishedAt < attempts[i - 1]!.finishedAt);
	if (outOfOrder) issue('time-order');

	// The assignment, when the teacher gave its link.
	const rules = ctx.assignment;
	if (rules) {
		if (!rules.lessons.includes(l.slug)) issue('not-assigned');
		const wrong = attempts.find((a) => a.passed !== passes(a.earned, a.max, rules.passMark));
		if (wrong) issue('passed', { expected: rules.passMark });
		const used = Math.max(attempts.length, attempts.at(-1)?.number ?? 0);
		if (rules.attempts !== null && used > rules.attempts) {
			issue('attempts', { expected: rules.attempts, found: used });
		}
	}

	// The site's own lesson: known, with these questions and these points.
	if (ctx.lessons.size === 0) return issues;
	const site = ctx.lessons.get(l.slug);
	if (!site) {
		issue('unknown-lesson');
		return issues;
	}
	const questions = new Map(site.questions.map((q) => [q.id, q]));
	const unknown = unique(ids.filter((id) => !questions.has(id)));
	if (unknown.length) issue('unknown-question', { ids: unknown });
	const wrongMax = unique(
		l.items.filter((q) => questions.has(q.id) && questions.get(q.id)!.max !== q.max).map((q) => q.id)
	);
	if (wrongMax.length) issue('question-max', { ids: wrongMax });
	const total = site.questions.reduce((n, q) => n + q.max, 0);
	const claimed = attempts.find((a) => a.max !== total);
	if (claimed) issue('lesson-max', { expected: total, found: claimed.max });
	const badPicks = unique(
		l.items
			.filter((q) => {
				const info = questions.get(q.id);
				if (!info || q.pick === undefined) return false;
				if (!isChoiceKind(info.kind) || !info.options || !pickFits(info.kind, q.pick)) return true;
				const options = new Set(info.options.map((o) => o.id));
				return pickIds(q.pick).some((id) => !options.has(id));
			})
			.map((q) => q.id)
	);
	if (badPicks.length) issue('unknown-option', { ids: badPicks });

	// Scored again from the picks with the site's own keys. A choice question with points must say
	// what was chosen (an unanswered one has no pick and no points); an older code (R1) never did,
	// so its points cannot be checked at all.
	const choice = l.items.filter((q) => {
		const info = questions.get(q.id);
		return info && isChoiceKind(info.kind);
	});
	const unpicked = unique(choice.filter((q) => q.pick === undefined && q.earned > 0).map((q) => q.id));
	if (unpicked.length) issue(version === 1 ? 'old-code' : 'no-picks', { ids: unpicked });
	const disagree: string[] = [];
	const impossible: string[] = [];
	let rescored = 0;
	for (const q of l.items) {
		const info = questions.get(q.id);
		const points = info ? rescore(info, q.pick) : null;
		if (points === null) {
			// Not a choice question, or no key known: what it claims, within its maximum.
			rescored += Math.min(q.earned, info?.max ?? q.earned);
			continue;
		}
		if (Array.isArray(points)) {
			// Evidence: part B is not in the code, so part A decides which points are possible.
			if (!points.includes(q.earned)) impossible.push(q.id);
			rescored += points.includes(q.earned) ? q.earned : Math.max(...points.filter((p) => p <= q.earned), 0);
		} else {
			if (points !== q.earned && !(q.pick === undefined && unpicked.includes(q.id))) disagree.push(q.id);
			rescored += points;
		}
	}
	if (disagree.length) issue('rescored', { ids: unique(disagree), expected: rescored, found: first?.earned });
	if (impossible.length) issue('impossible-points', { ids: unique(impossible) });
	return issues;
}

/**
 * The points a pick earns on a choice question, by the quiz's own rules (kinds/): a number; for an
 * evidence question the points part A allows (0, or 1 or 2 by part B, which the code does not carry);
 * null when the question cannot be scored from its pick (not a choice question, or no key).
 */
export function rescore(info: QuestionInfo, pick: Pick | undefined): number | number[] | null {
	if (!isChoiceKind(info.kind) || info.key === undefined || info.key === null) return null;
	if (pick === undefined) return info.kind === 'evidence' ? [0] : 0;
	if (!pickFits(info.kind, pick)) return info.kind === 'evidence' ? [0] : 0;
	switch (info.kind) {
		case 'single':
		case 'true-false':
			return Number(pick === info.key);
		case 'evidence':
			return pick === info.key ? [1, 2] : [0];
		case 'multiple':
		case 'highlight':
			return tickPoints(
				pickIds(pick),
				pickIds(info.key),
				(info.options ?? []).map((o) => o.id)
			);
	}
}

/** The rule the quiz passes by: the exact share, so 69.6% does not pass a 70% mark. */
export const passes = (earned: number, max: number, passMark: number): boolean =>
	(max === 0 ? 0 : (earned / max) * 100) >= passMark;

/** Every problem with a code, lesson by lesson. */
export const checkCode = (code: ResultsPayload, ctx: CheckContext): Issue[] =>
	code.lessons.flatMap((l) => checkLesson(l, ctx, code.version));
