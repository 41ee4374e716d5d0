// Pure scoring: (question, response) -> points. Never throws; a missing, partial or mismatched
// response scores 0 and says so. The partial-credit rules are documented in docs/authoring.md.
import type { Question, QuestionOf, Response, ResponseOf } from './schema';

export type Status = 'correct' | 'partial' | 'incorrect' | 'unanswered';

export interface Score {
	earned: number;
	max: number;
	status: Status;
}

/** The most a question can earn. */
export function maxPoints(q: Question): number {
	switch (q.kind) {
		case 'multiple':
			return q.answer.length;
		case 'order':
			return q.items.length - 1;
		case 'match':
			return q.pairs.length;
		case 'evidence':
			return 2;
		default:
			return 1;
	}
}

/** Folds case, accents, outer punctuation and runs of spaces, so "  Sinaloa. " matches "sinaloa". */
export function normalizeText(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[\s\u00a0]+/g, ' ')
		.trim()
		.replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

// Each case checks the response's shape, not only its kind: saved data can be corrupt, and a
// malformed response is no answer rather than a crash.
function points(q: Question, r: Response): number | null {
	switch (q.kind) {
		case 'single':
			return r.kind === 'single' && isString(r.choice) ? Number(r.choice === q.answer) : null;
		case 'true-false':
			return r.kind === 'true-false' && typeof r.value === 'boolean' ? Number(r.value === q.answer) : null;
		case 'numeric':
			return r.kind === 'numeric' && Number.isFinite(r.value)
				? Number(Math.abs(r.value - q.answer) <= q.tolerance)
				: null;
		case 'text': {
			if (r.kind !== 'text' || !isString(r.value) || normalizeText(r.value) === '') return null;
			const given = normalizeText(r.value);
			return Number(q.answers.some((a) => normalizeText(a) === given));
		}
		case 'multiple':
			return r.kind === 'multiple' && Array.isArray(r.choices) ? multiplePoints(q, r) : null;
		case 'order':
			return r.kind === 'order' && Array.isArray(r.order) ? orderPoints(q, r) : null;
		case 'match':
			return r.kind === 'match' && isRecord(r.pairs) ? matchPoints(q, r) : null;
		case 'evidence':
			return r.kind === 'evidence' ? evidencePoints(q, r) : null;
	}
}

/** One per right option ticked, minus one per wrong option ticked, never below zero. */
function multiplePoints(q: QuestionOf<'multiple'>, r: ResponseOf<'multiple'>): number | null {
	const ticked = new Set(r.choices.filter((c) => q.options.some((o) => o.id === c)));
	if (ticked.size === 0) return null;
	let earned = 0;
	for (const id of ticked) earned += q.answer.includes(id) ? 1 : -1;
	return Math.max(0, earned);
}

/** One per neighbouring pair in the right sequence: an item directly followed by its true successor. */
function orderPoints(q: QuestionOf<'order'>, r: ResponseOf<'order'>): number | null {
	const ids = q.items.map((i) => i.id);
	const given = r.order;
	// A response must be a permutation of the items; anything else is not an answer.
	if (given.length !== ids.length || new Set(given).size !== ids.length) return null;
	if (!given.every((id) => ids.includes(id))) return null;
	let earned = 0;
	for (let i = 0; i + 1 < given.length; i++) {
		if (ids.indexOf(given[i + 1]!) === ids.indexOf(given[i]!) + 1) earned++;
	}
	return earned;
}

/** One per left matched to its own right. */
function matchPoints(q: QuestionOf<'match'>, r: ResponseOf<'match'>): number | null {
	// Own keys only: a pair id such as "constructor" must not find Object.prototype's.
	const given = (id: string) => (Object.hasOwn(r.pairs, id) ? r.pairs[id] : undefined);
	const answered = q.pairs.filter((p) => isString(given(p.id)) && given(p.id) !== '');
	if (answered.length === 0) return null;
	return q.pairs.filter((p) => given(p.id) === p.id).length;
}

/** One for the answer; one more for the passage only when the answer is right. */
function evidencePoints(q: QuestionOf<'evidence'>, r: ResponseOf<'evidence'>): number | null {
	if (!isString(r.choice)) return null;
	if (r.choice !== q.answer) return 0;
	return 1 + Number(r.evidence === q.evidence);
}

export function score(q: Question, r: Response | undefined | null): Score {
	const max = maxPoints(q);
	const earned = r && typeof r === 'object' ? points(q, r) : null;
	if (earned === null) return { earned: 0, max, status: 'unanswered' };
	const status: Status = earned === max ? 'correct' : earned > 0 ? 'partial' : 'incorrect';
	return { earned, max, status };
}

/** The response that earns full marks: the key, as a response. */
export function keyResponse(q: Question): Response {
	switch (q.kind) {
		case 'single':
			return { kind: 'single', choice: q.answer };
		case 'multiple':
			return { kind: 'multiple', choices: [...q.answer] };
		case 'true-false':
			return { kind: 'true-false', value: q.answer };
		case 'order':
			return { kind: 'order', order: q.items.map((i) => i.id) };
		case 'match':
			return { kind: 'match', pairs: Object.fromEntries(q.pairs.map((p) => [p.id, p.id])) };
		case 'numeric':
			return { kind: 'numeric', value: q.answer };
		case 'text':
			return { kind: 'text', value: q.answers[0]! };
		case 'evidence':
			return { kind: 'evidence', choice: q.answer, evidence: q.evidence };
	}
}

export interface Total {
	earned: number;
	max: number;
	/** 0..100, rounded to a whole number. */
	percent: number;
	passed: boolean;
}

export function total(
	questions: readonly Question[],
	responses: Readonly<Record<string, Response | undefined>>,
	passMark: number
): Total {
	let earned = 0;
	let max = 0;
	for (const q of questions) {
		const s = score(q, responses[q.id]);
		earned += s.earned;
		max += s.max;
	}
	const exact = max === 0 ? 0 : (earned / max) * 100;
	// Pass on the exact share, so 69.6% does not pass a 70% mark by rounding.
	return { earned, max, percent: Math.round(exact), passed: exact >= passMark };
}
