import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arrange, displayOrder, questionOrder } from './display';
import { inOrder } from './kinds/order';
import type { Question } from './kinds';
import { hashString, mulberry32, shuffle } from './random';

const base = { prompt: 'P?', paragraph: 'p', explanation: 'E.', level: 'recall' as const };
const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `i${i}`, text: `Item ${i}` }));

describe('mulberry32', () => {
	it('gives the same sequence for the same seed and numbers in [0, 1)', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		const xs = Array.from({ length: 100 }, () => a());
		expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
		for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
	});
	it('gives different sequences for different seeds', () => {
		expect(mulberry32(1)()).not.toBe(mulberry32(2)());
	});
});

describe('hashString', () => {
	it('is stable and spreads nearby ids apart', () => {
		expect(hashString('who-reported')).toBe(hashString('who-reported'));
		expect(hashString('q1')).not.toBe(hashString('q2'));
	});
});

describe('shuffle', () => {
	it('is a deterministic permutation that does not touch its input', () => {
		fc.assert(
			fc.property(fc.array(fc.integer()), fc.integer(), (xs, seed) => {
				const copy = [...xs];
				const out = shuffle(xs, seed);
				expect(xs).toEqual(copy);
				expect(shuffle(xs, seed)).toEqual(out);
				expect([...out].sort((a, b) => a - b)).toEqual([...xs].sort((a, b) => a - b));
			})
		);
	});
	it('actually reorders: over many seeds, 5 items take many orders', () => {
		const seen = new Set<string>();
		for (let seed = 0; seed < 200; seed++) seen.add(shuffle([1, 2, 3, 4, 5], seed).join());
		expect(seen.size).toBeGreaterThan(50);
	});
});

describe('displayOrder', () => {
	it('never shows an order question with 3+ items already solved, for any seed', () => {
		fc.assert(
			fc.property(fc.integer({ min: 3, max: 7 }), fc.option(fc.integer()), fc.string(), (n, seed, id) => {
				const q: Question = { ...base, id: id || 'q', kind: 'order', items: items(n) };
				const shown = displayOrder(q, seed).choices;
				expect([...shown].sort()).toEqual(
					items(n)
						.map((i) => i.id)
						.sort()
				);
				expect(shown).not.toEqual(items(n).map((i) => i.id));
			}),
			{ numRuns: 500 }
		);
	});
	it('shows order questions with few items already in sequence, so an untouched list earns little', () => {
		// Over fixed seeds (deterministic): random shuffles of 6 items keep about 3.3 in sequence.
		const q: Question = { ...base, id: 'q', kind: 'order', items: items(6) };
		const runs = Array.from({ length: 200 }, (_, seed) => inOrder(q, displayOrder(q, seed).choices).size);
		expect(runs.reduce((a, b) => a + b, 0) / runs.length).toBeLessThan(2.6);
	});
	it('keeps authored option order without a seed, and is stable for a seed', () => {
		const q: Question = { ...base, id: 'q', kind: 'single', options: items(6), answer: 'i0' };
		expect(displayOrder(q, null).choices).toEqual(items(6).map((i) => i.id));
		expect(displayOrder(q, 7)).toEqual(displayOrder(q, 7));
		const orders = new Set(Array.from({ length: 20 }, (_, s) => displayOrder(q, s).choices.join()));
		expect(orders.size).toBeGreaterThan(1);
	});
	it('gives different questions different orders from one seed', () => {
		const a: Question = { ...base, id: 'a', kind: 'single', options: items(6), answer: 'i0' };
		const b: Question = { ...a, id: 'b' };
		expect(displayOrder(a, 3).choices).not.toEqual(displayOrder(b, 3).choices);
	});
	it('scrambles match rights even without a seed, and orders evidence passages', () => {
		const pairs = Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, left: `L${i}`, right: `R${i}` }));
		const m: Question = { ...base, id: 'm', kind: 'match', pairs };
		expect(displayOrder(m, null).choices.sort()).toEqual(pairs.map((p) => p.id));
		const e: Question = {
			...base,
			id: 'e',
			kind: 'evidence',
			options: items(3),
			answer: 'i0',
			evidencePrompt: 'Which?',
			passages: items(4),
			evidence: 'i1'
		};
		expect([...displayOrder(e, 9).passages].sort()).toEqual(items(4).map((i) => i.id));
	});
});

describe('questionOrder and arrange', () => {
	it('keeps authored questions without a seed, shuffles with one', () => {
		const qs = items(8);
		expect(questionOrder(qs, null)).toEqual(qs);
		expect(questionOrder(qs, 5)).toEqual(questionOrder(qs, 5));
		expect([...questionOrder(qs, 5)].sort((a, b) => a.id.localeCompare(b.id))).toEqual(qs);
	});
	it('puts a list in a named order and keeps anything unnamed at the end', () => {
		const list = items(3);
		expect(arrange(list, ['i2', 'i0', 'i1']).map((x) => x.id)).toEqual(['i2', 'i0', 'i1']);
		expect(arrange(list, ['i1', 'zz']).map((x) => x.id)).toEqual(['i1', 'i0', 'i2']);
		expect(arrange(list, []).map((x) => x.id)).toEqual(['i0', 'i1', 'i2']);
	});
});
