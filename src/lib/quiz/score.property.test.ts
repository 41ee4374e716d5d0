// Properties that hold for every valid question and any response, however odd.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { KIND_LIST, junk, question, questionOf, responseFor } from './arbitraries';
import { quizProblems } from './integrity';
import { Question, Response } from './schema';
import { keyResponse, maxPoints, score, total } from './score';

function inRange(q: Question, r: Response | undefined) {
	const s = score(q, r);
	expect(s.max).toBe(maxPoints(q));
	expect(Number.isInteger(s.earned)).toBe(true);
	expect(s.earned).toBeGreaterThanOrEqual(0);
	expect(s.earned).toBeLessThanOrEqual(s.max);
	expect(['correct', 'partial', 'incorrect', 'unanswered']).toContain(s.status);
	if (s.status === 'correct') expect(s.earned).toBe(s.max);
	if (s.status === 'unanswered' || s.status === 'incorrect') expect(s.earned).toBe(0);
}

describe('the generators', () => {
	it.each(KIND_LIST)('make schema-valid %s questions with no integrity problems', (kind) => {
		fc.assert(
			fc.property(questionOf[kind], (q) => {
				const parsed = v.safeParse(Question, q);
				expect(parsed.issues).toBeUndefined();
				const quiz = { passMark: 70, questions: [q] };
				expect(quizProblems(quiz, new Set([q.paragraph]))).toEqual([]);
			}),
			{ numRuns: 50 }
		);
	});
	it('make responses that the Response schema accepts', () => {
		fc.assert(
			fc.property(
				question.chain((q) => responseFor(q)),
				(r) => {
					expect(v.safeParse(Response, r).issues).toBeUndefined();
				}
			),
			{ numRuns: 200 }
		);
	});
});

describe('score', () => {
	it('stays within [0, max] with an integer score for any well-formed response of any kind', () => {
		fc.assert(
			fc.property(
				question.chain((q) => fc.tuple(fc.constant(q), responseFor(q))),
				([q, r]) => inRange(q, r)
			),
			{
				numRuns: 2000
			}
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
	it('scores a missing response as unanswered', () => {
		fc.assert(
			fc.property(question, (q) => {
				expect(score(q, undefined)).toEqual({ earned: 0, max: maxPoints(q), status: 'unanswered' });
				expect(score(q, null)).toEqual({ earned: 0, max: maxPoints(q), status: 'unanswered' });
			})
		);
	});
	it('total is the sum of scores, within 0..100 percent', () => {
		fc.assert(
			fc.property(
				fc
					.uniqueArray(question, { selector: (q) => q.id, minLength: 1, maxLength: 6 })
					.chain((qs) =>
						fc.tuple(
							fc.constant(qs),
							fc.tuple(...qs.map((q) => fc.option(responseFor(q), { nil: undefined }))),
							fc.integer({ min: 0, max: 100 })
						)
					),
				([qs, rs, mark]) => {
					const responses = Object.fromEntries(qs.map((q, i) => [q.id, rs[i]]));
					const sum = total(qs, responses, mark);
					expect(sum.earned).toBe(qs.reduce((n, q) => n + score(q, responses[q.id]).earned, 0));
					expect(sum.max).toBe(qs.reduce((n, q) => n + maxPoints(q), 0));
					expect(sum.percent).toBeGreaterThanOrEqual(0);
					expect(sum.percent).toBeLessThanOrEqual(100);
					expect(sum.passed).toBe((sum.earned / sum.max) * 100 >= mark);
				}
			),
			{ numRuns: 300 }
		);
	});
});
