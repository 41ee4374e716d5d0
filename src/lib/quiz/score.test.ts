// One example per rule in docs/authoring.md.
import { describe, expect, it } from 'vitest';
import type { Question, QuestionOf, Response } from './kinds';
import { keyResponse, maxPoints, score } from './score';

const base = { prompt: 'P?', paragraph: 'p', explanation: 'E.', level: 'recall' as const };
const opts = (...ids: string[]) => ids.map((id) => ({ id, text: id.toUpperCase() }));

const single: QuestionOf<'single'> = {
	...base,
	id: 's',
	kind: 'single',
	options: opts('a', 'b'),
	answer: 'a'
};
const multiple: QuestionOf<'multiple'> = {
	...base,
	id: 'm',
	kind: 'multiple',
	options: opts('a', 'b', 'c', 'd', 'e'),
	answer: ['a', 'b', 'c']
};
const tf: QuestionOf<'true-false'> = { ...base, id: 't', kind: 'true-false', answer: false };
const order: QuestionOf<'order'> = { ...base, id: 'o', kind: 'order', items: opts('a', 'b', 'c', 'd') };
const match: QuestionOf<'match'> = {
	...base,
	id: 'x',
	kind: 'match',
	pairs: [
		{ id: 'a', left: 'A', right: '1' },
		{ id: 'b', left: 'B', right: '2' },
		{ id: 'c', left: 'C', right: '3' }
	]
};
const numeric: QuestionOf<'numeric'> = { ...base, id: 'n', kind: 'numeric', answer: 225000, tolerance: 5000 };
const text: QuestionOf<'text'> = { ...base, id: 'w', kind: 'text', answers: ['Sinaloa', 'Sinaloa cartel'] };
const evidence: QuestionOf<'evidence'> = {
	...base,
	id: 'e',
	kind: 'evidence',
	options: opts('a', 'b'),
	answer: 'a',
	evidencePrompt: 'Which passage?',
	passages: opts('p1', 'p2', 'p3'),
	evidence: 'p2'
};

const highlight: QuestionOf<'highlight'> = {
	...base,
	id: 'h',
	kind: 'highlight',
	passage: opts('officials', 'say', 'the', 'plan', 'reportedly', 'exists'),
	answer: ['say', 'reportedly']
};

const pts = (q: Question, r: Response) => {
	const s = score(q, r);
	return [s.earned, s.max, s.status];
};

describe('single and true-false', () => {
	it('score 1 for the right choice, 0 otherwise', () => {
		expect(pts(single, { kind: 'single', choice: 'a' })).toEqual([1, 1, 'correct']);
		expect(pts(single, { kind: 'single', choice: 'b' })).toEqual([0, 1, 'incorrect']);
		expect(pts(tf, { kind: 'true-false', value: false })).toEqual([1, 1, 'correct']);
		expect(pts(tf, { kind: 'true-false', value: true })).toEqual([0, 1, 'incorrect']);
	});
});

describe('multiple: one per right option ticked, minus one per wrong, never below 0', () => {
	it.each([
		[['a', 'b', 'c'], 3, 'correct'],
		[['a', 'b'], 2, 'partial'],
		[['a', 'b', 'd'], 1, 'partial'],
		[['a', 'b', 'c', 'd'], 2, 'partial'],
		[['a', 'd', 'e'], 0, 'incorrect'],
		[['d', 'e'], 0, 'incorrect'],
		[['a', 'a', 'a'], 1, 'partial']
	])('%j earns %d (%s)', (choices, earned, status) => {
		expect(pts(multiple, { kind: 'multiple', choices })).toEqual([earned, 3, status]);
	});
	it('treats nothing ticked as unanswered, and ids the question no longer has as earning nothing', () => {
		expect(score(multiple, { kind: 'multiple', choices: [] }).status).toBe('unanswered');
		expect(pts(multiple, { kind: 'multiple', choices: ['zz'] })).toEqual([0, 3, 'incorrect']);
		expect(pts(multiple, { kind: 'multiple', choices: ['zz', 'a'] })).toEqual([1, 3, 'partial']);
	});
	it('has max = the number of right options', () => expect(maxPoints(multiple)).toBe(3));
});

describe('order: the longest run of items in the right relative order, minus one; max = items − 1', () => {
	it.each([
		[['a', 'b', 'c', 'd'], 3, 'correct'],
		// One item out of place loses one point, wherever it is.
		[['b', 'c', 'd', 'a'], 2, 'partial'],
		[['a', 'b', 'd', 'c'], 2, 'partial'],
		[['d', 'a', 'b', 'c'], 2, 'partial'],
		// Two neighbouring swaps: a, c (or b, d) are still in order.
		[['b', 'a', 'd', 'c'], 1, 'partial'],
		[['c', 'd', 'a', 'b'], 1, 'partial'],
		[['d', 'c', 'b', 'a'], 0, 'incorrect']
	])('%j earns %d', (o, earned, status) => {
		expect(pts(order, { kind: 'order', order: o })).toEqual([earned, 3, status]);
	});
	it('two neighbouring swaps in five items keep half the credit, not none', () => {
		const five: QuestionOf<'order'> = { ...order, items: opts('a', 'b', 'c', 'd', 'e') };
		expect(pts(five, { kind: 'order', order: ['b', 'a', 'd', 'c', 'e'] })).toEqual([2, 4, 'partial']);
	});
	it('scores only the items it knows, once each', () => {
		expect(pts(order, { kind: 'order', order: ['a', 'a', 'b', 'z'] })).toEqual([1, 3, 'partial']);
		expect(score(order, { kind: 'order', order: [] }).status).toBe('unanswered');
	});
});

describe('highlight: one per right part marked, minus one per wrong part, never below 0', () => {
	it.each([
		[['say', 'reportedly'], 2, 'correct'],
		[['reportedly'], 1, 'partial'],
		[['say', 'reportedly', 'plan'], 1, 'partial'],
		[['the', 'plan'], 0, 'incorrect']
	])('%j earns %d (%s)', (marked, earned, status) => {
		expect(pts(highlight, { kind: 'highlight', marked })).toEqual([earned, 2, status]);
	});
	it('marking every part earns nothing, and marking none is no answer', () => {
		expect(pts(highlight, { kind: 'highlight', marked: highlight.passage.map((p) => p.id) })).toEqual([
			0,
			2,
			'incorrect'
		]);
		expect(score(highlight, { kind: 'highlight', marked: [] }).status).toBe('unanswered');
	});
});

describe('match: one per correct pair; max = pairs', () => {
	it('counts right pairs, and a partial answer scores what it has', () => {
		expect(pts(match, { kind: 'match', pairs: { a: 'a', b: 'b', c: 'c' } })).toEqual([3, 3, 'correct']);
		expect(pts(match, { kind: 'match', pairs: { a: 'a', b: 'c', c: 'b' } })).toEqual([1, 3, 'partial']);
		expect(pts(match, { kind: 'match', pairs: { a: 'a' } })).toEqual([1, 3, 'partial']);
		expect(pts(match, { kind: 'match', pairs: { a: 'a', b: 'a', c: 'a' } })).toEqual([1, 3, 'partial']);
		expect(pts(match, { kind: 'match', pairs: { a: 'b', b: 'c', c: 'a' } })).toEqual([0, 3, 'incorrect']);
		expect(score(match, { kind: 'match', pairs: {} }).status).toBe('unanswered');
	});
	it('ignores inherited keys such as "constructor"', () => {
		const q: QuestionOf<'match'> = {
			...match,
			pairs: [{ id: 'constructor', left: 'A', right: '1' }, ...match.pairs.slice(1)]
		};
		expect(score(q, { kind: 'match', pairs: {} }).status).toBe('unanswered');
		expect(score(q, keyResponse(q)).status).toBe('correct');
	});
});

describe('numeric: 1 if within answer ± tolerance', () => {
	it.each([
		[225000, 1],
		[220000, 1],
		[230000, 1],
		[230001, 0],
		[0, 0]
	])('%d earns %d', (value, earned) => {
		expect(score(numeric, { kind: 'numeric', value }).earned).toBe(earned);
	});
	it('with no tolerance needs the exact number, and NaN is no answer', () => {
		const exact = { ...numeric, tolerance: 0 };
		expect(score(exact, { kind: 'numeric', value: 225000 }).earned).toBe(1);
		expect(score(exact, { kind: 'numeric', value: 225001 }).earned).toBe(0);
		expect(score(exact, { kind: 'numeric', value: NaN }).status).toBe('unanswered');
	});
});

describe('text: equals a variant once case, accents, spacing and punctuation are folded', () => {
	it.each([
		'sinaloa',
		'  SINALOA. ',
		'Sínaloa',
		'sinaloa   cartel',
		'"Sinaloa Cartel"!',
		'Sinaloa\u00a0cartel',
		'the Sinaloa cartel',
		'Sinaloa-cartel',
		'Sinaloa (in Mexico)'
	])('accepts %j', (value) => expect(score(text, { kind: 'text', value }).status).toBe('correct'));
	it.each(['cartel', 'Sinal', 'Jalisco', 'Sinaloans cartel', 'Snialoas'])('rejects %j', (value) =>
		expect(score(text, { kind: 'text', value }).status).toBe('incorrect')
	);
	it('accepts one slip per word of five letters or more ("close enough")', () => {
		for (const value of ['Sinaloas', 'Sinalo cartel', 'Sinaola cartle', 'Sinaloan cartels'])
			expect(score(text, { kind: 'text', value }).status, value).toBe('correct');
		const listed = { ...text, mistakes: ['Sinaloas'] };
		expect(score(listed, { kind: 'text', value: 'sinaloas' }).status).toBe('incorrect');
	});
	it('treats blank or punctuation-only text as unanswered', () => {
		expect(score(text, { kind: 'text', value: '   ' }).status).toBe('unanswered');
		expect(score(text, { kind: 'text', value: '?!' }).status).toBe('unanswered');
	});
});

describe('evidence: 1 for the answer, plus 1 for the passage only if the answer is right', () => {
	it.each([
		['a', 'p2', 2, 'correct'],
		['a', 'p1', 1, 'partial'],
		['a', undefined, 1, 'partial'],
		['b', 'p2', 0, 'incorrect'],
		['b', 'p1', 0, 'incorrect']
	])('choice %s with passage %s earns %d', (choice, ev, earned, status) => {
		expect(pts(evidence, { kind: 'evidence', choice, evidence: ev })).toEqual([earned, 2, status]);
	});
	it('is unanswered without part A', () => {
		expect(score(evidence, { kind: 'evidence', evidence: 'p2' }).status).toBe('unanswered');
	});
});

describe('mismatched and missing responses', () => {
	it('scores a response of another kind as unanswered', () => {
		expect(score(single, { kind: 'true-false', value: true }).status).toBe('unanswered');
		expect(score(order, { kind: 'single', choice: 'a' }).status).toBe('unanswered');
	});
});

describe('keyResponse', () => {
	it('earns full marks for every kind', () => {
		for (const q of [single, multiple, tf, order, match, numeric, text, evidence, highlight])
			expect(score(q, keyResponse(q))).toEqual({
				earned: maxPoints(q),
				max: maxPoints(q),
				status: 'correct'
			});
	});
});
