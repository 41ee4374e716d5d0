// What a finished quiz tells the LMS, as SCORM 1.2 data-model values. Pure.
//
// The score is a percentage: raw 0–100 with min 0 and max 100. LMSs differ in what they do with
// raw (some show raw/max, many read raw as a percentage, some compare it with the mastery score to
// set passed/failed themselves), and a percentage reads the same in all of them. The points go in
// the interactions, one per question (weighting: the points it was worth; result: correct, wrong,
// or the points earned when partly right).
import type { Kind } from '../quiz/kinds';

export interface Graded {
	earned: number;
	max: number;
	passed: boolean;
	/** The pass mark the quiz used, a whole percent: the LMS's mastery score. */
	passMark: number;
}

/**
 * cmi.core.score.raw: the exact percentage rounded down to two decimals, so that an LMS comparing
 * it with the mastery score reaches the quiz's own verdict (69.996 % must not become 70 and pass).
 * Where floating point and rounding could still disagree at the pass mark itself, the quiz's verdict
 * (what the learner saw) wins.
 */
export function rawPercent({ earned, max, passed, passMark }: Graded): string {
	let raw = max > 0 ? Math.floor(((earned / max) * 100 + 1e-9) * 100) / 100 : 0;
	raw = Math.min(100, Math.max(0, raw));
	if (passed && raw < passMark) raw = passMark;
	if (!passed && raw >= passMark) raw = Math.max(0, Math.round((passMark - 0.01) * 100) / 100);
	return String(raw);
}

/** The score and status, in the order they are set (min and max before raw: some LMSs check raw against them). */
export function scoreValues(graded: Graded): [string, string][] {
	return [
		['cmi.core.score.min', '0'],
		['cmi.core.score.max', '100'],
		['cmi.core.score.raw', rawPercent(graded)],
		['cmi.core.lesson_status', graded.passed ? 'passed' : 'failed']
	];
}

/** SCORM 1.2's interaction types (RTE 3.4.2, cmi.interactions.n.type) for each question kind. */
const TYPES: Record<Kind, string> = {
	single: 'choice',
	multiple: 'choice',
	'true-false': 'true-false',
	order: 'sequencing',
	match: 'matching',
	numeric: 'numeric',
	text: 'fill-in',
	evidence: 'choice',
	highlight: 'choice'
};

export interface ItemScore {
	id: string;
	kind: Kind;
	earned: number;
	max: number;
}

/** A CMIDecimal with at most two decimals. */
const decimal = (n: number) => String(Math.round(n * 100) / 100);

/** One interaction per question: its id, type, the points it was worth and how it went. */
export function interactionValues(items: readonly ItemScore[]): [string, string][] {
	return items.flatMap((item, n) => {
		const at = `cmi.interactions.${n}`;
		const result = item.earned >= item.max ? 'correct' : item.earned <= 0 ? 'wrong' : decimal(item.earned);
		return [
			[`${at}.id`, item.id],
			[`${at}.type`, TYPES[item.kind]],
			[`${at}.weighting`, decimal(item.max)],
			[`${at}.result`, result]
		] satisfies [string, string][];
	});
}

/**
 * cmi.student_data.mastery_score as the LMS gives it: a percentage it may have changed from the
 * manifest's. null when it is empty or not a number from 0 to 100 (the lesson's own pass mark applies).
 */
export function masteryScore(value: string): number | null {
	if (!/^\s*\d+(\.\d+)?\s*$/.test(value)) return null;
	const n = Number(value);
	return n >= 0 && n <= 100 ? n : null;
}
