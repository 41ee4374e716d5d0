// Properties that hold for every valid question and any response, however odd.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { answered, junk, question, questionOf, responseOf } from './arbitraries';
import { quizProblems } from './integrity';
import { engines, isResponse, KINDS, type Question, type QuestionOf, type ResponseOf } from './kinds';
import { Question as QuestionSchema } from './schema';
import { keyResponse, maxPoints, score, type Status } from './score';

function inRange(q: Question, r: unknown) {
	const s = score(q, r);
	expect(s.max).toBe(maxPoints(q));
	expect(Number.isInteger(s.earned)).toBe(true);
	expect(s.earned).toBeGreaterThanOrEqual(0);
	expect(s.earned).toBeLessThanOrEqual(s.max);
	if (s.status === 'correct') expect(s.earned).toBe(s.max);
	if (s.status === 'unanswered' || s.status === 'incorrect') expect(s.earned).toBe(0);
	if (s.status === 'partial') expect(s.earned > 0 && s.earned < s.max).toBe(true);
}

describe('the generators', () => {
	it.each(KINDS)('make schema-valid %s questions with no integrity problems', (kind) => {
		fc.assert(
			fc.property(questionOf[kind], (q) => {
				expect(v.safeParse(QuestionSchema, q).issues).toBeUndefined();
				expect(quizProblems({ passMark: 70, questions: [q] }, new Set([q.paragraph]))).toEqual([]);
			}),
			{ numRuns: 50 }
		);
	});
	it.each(KINDS)('make %s responses of the question’s own kind, which the response guard accepts', (kind) => {
		const gen = (questionOf[kind] as fc.Arbitrary<Question>).chain((q) =>
			(responseOf[kind] as (q: Question) => fc.Arbitrary<unknown>)(q)
		);
		fc.assert(
			fc.property(gen, (r) => {
				expect(engines[kind].isResponse(r)).toBe(true);
				expect(isResponse(r)).toBe(true);
			}),
			{ numRuns: 200 }
		);
	});
	// Without a real mix the score properties below would mostly test one path.
	it.each(KINDS)('give %s a real mix of right, partly right and wrong answers', (kind) => {
		const gen = (questionOf[kind] as fc.Arbitrary<Question>).chain((q) =>
			(responseOf[kind] as (q: Question) => fc.Arbitrary<unknown>)(q).map((r) => score(q, r))
		);
		const seen = fc.sample(gen, { numRuns: 1000, seed: 42 });
		const share = (s: Status) => seen.filter((x) => x.status === s).length / seen.length;
		expect(share('correct'), 'correct').toBeGreaterThan(0.15);
		expect(share('incorrect'), 'incorrect').toBeGreaterThan(0.1);
		// Kinds worth more than a point can be partly right: their generators must reach that too.
		if (seen.some((x) => x.max > 1)) expect(share('partial'), 'partial').toBeGreaterThan(0.1);
	});
});

describe('score', () => {
	it('stays within [0, max] with an integer score for any response of the question’s kind', () => {
		fc.statistics(
			answered.map(([q, r]) => score(q, r).status),
			(s) => s,
			{ numRuns: 2000, logger: () => {} }
		);
		fc.assert(
			fc.property(answered, ([q, r]) => inRange(q, r)),
			{ numRuns: 2000 }
		);
	});
	it('never throws on junk (corrupt saved data) and scores it within range', () => {
		fc.assert(
			fc.property(question, junk, (q, r) => inRange(q, r)),
			{ numRuns: 2000 }
		);
	});
	it('scores the key at full marks, as correct', () => {
		fc.assert(
			fc.property(question, (q) => {
				expect(score(q, keyResponse(q))).toEqual({
					earned: maxPoints(q),
					max: maxPoints(q),
					status: 'correct'
				});
			}),
			{ numRuns: 1000 }
		);
	});
	it('scores a missing response, or one of another kind, as unanswered', () => {
		fc.assert(
			fc.property(answered, question, ([q, r], other) => {
				expect(score(q, undefined)).toEqual({ earned: 0, max: maxPoints(q), status: 'unanswered' });
				expect(score(q, null).status).toBe('unanswered');
				if (other.kind !== q.kind) expect(score(other, r).status).toBe('unanswered');
			})
		);
	});
});

describe('order credit', () => {
	const order = questionOf.order;
	const key = (q: QuestionOf<'order'>) => q.items.map((i) => i.id);
	const swap = (list: string[], i: number) => {
		const out = [...list];
		[out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
		return out;
	};
	const points = (q: QuestionOf<'order'>, order: string[]) => score(q, { kind: 'order', order }).earned;
	it('loses exactly one point for one neighbouring swap, wherever it is', () => {
		fc.assert(
			fc.property(
				order.chain((q) => fc.tuple(fc.constant(q), fc.nat({ max: q.items.length - 2 }))),
				([q, i]) => {
					expect(points(q, swap(key(q), i))).toBe(maxPoints(q) - 1);
				}
			)
		);
	});
	it('gives nothing for the reversed list, and full marks only for the key', () => {
		fc.assert(
			fc.property(
				order.chain((q) =>
					fc.tuple(fc.constant(q), fc.shuffledSubarray(key(q), { minLength: q.items.length }))
				),
				([q, shown]) => {
					expect(points(q, [...key(q)].reverse())).toBe(0);
					expect(points(q, shown) === maxPoints(q)).toBe(shown.join() === key(q).join());
				}
			)
		);
	});
	it('never earns less when an item is moved into its run (monotone in the run length)', () => {
		fc.assert(
			fc.property(
				order.chain((q) =>
					fc.tuple(fc.constant(q), fc.shuffledSubarray(key(q), { minLength: q.items.length }))
				),
				([q, shown]) => {
					// Sorting any neighbouring pair that is out of order never lowers the score.
					for (let i = 0; i + 1 < shown.length; i++) {
						const a = key(q).indexOf(shown[i]!);
						const b = key(q).indexOf(shown[i + 1]!);
						if (a > b) expect(points(q, swap(shown, i))).toBeGreaterThanOrEqual(points(q, shown));
					}
				}
			)
		);
	});
});

describe('ticking kinds (multiple, highlight)', () => {
	it('earn nothing for ticking everything, and never more than the key', () => {
		const ticking = fc.oneof(questionOf.multiple, questionOf.highlight) as fc.Arbitrary<
			QuestionOf<'multiple'> | QuestionOf<'highlight'>
		>;
		fc.assert(
			fc.property(ticking, (q) => {
				const all = (q.kind === 'multiple' ? q.options : q.passage).map((o) => o.id);
				const r: ResponseOf<'multiple'> | ResponseOf<'highlight'> =
					q.kind === 'multiple' ? { kind: 'multiple', choices: all } : { kind: 'highlight', marked: all };
				// Right ones count +1, wrong ones −1: all of them scores max(0, right − wrong).
				expect(score(q, r).earned).toBe(Math.max(0, q.answer.length * 2 - all.length));
			})
		);
	});
	it('highlight: marking every part earns nothing, as at most half the parts are right', () => {
		fc.assert(
			fc.property(questionOf.highlight, (q) => {
				const everything = { kind: 'highlight' as const, marked: q.passage.map((p) => p.id) };
				expect(score(q, everything).earned).toBe(0);
			})
		);
	});
});
