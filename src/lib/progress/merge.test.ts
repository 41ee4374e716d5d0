import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Response } from '../quiz/schema';
import { mergeRecords } from './merge';
import type { QuizRecord } from './types';

const pick = (choice: string): Response => ({ kind: 'single', choice });

/** A record of one attempt (started at `started`, seed 7) with these answers, last changed at `at`. */
function record(
	responses: Record<string, Response>,
	at: number,
	over: Partial<QuizRecord['attempt']> & Partial<Pick<QuizRecord, 'best' | 'finished'>> = {}
): QuizRecord {
	const { best = null, finished = 0, ...attempt } = over;
	return {
		attempt: {
			responses,
			checked: [],
			submitted: false,
			seed: 7,
			only: null,
			startedAt: 100,
			updatedAt: at,
			...attempt
		},
		best,
		finished
	};
}

describe('mergeRecords', () => {
	it('keeps the answers two tabs gave to different questions of one attempt', () => {
		const a = record({ q1: pick('a'), q2: pick('b'), q3: pick('c') }, 200);
		const b = record({ q4: pick('d'), q5: pick('a'), q6: pick('b') }, 201);
		const merged = mergeRecords(a, b);
		expect(Object.keys(merged.attempt.responses).sort()).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
		expect(merged.attempt.updatedAt).toBe(201);
		// Either order gives the same answers.
		expect(mergeRecords(b, a).attempt.responses).toEqual(merged.attempt.responses);
	});

	it('where both tabs answered one question, the tab that changed later wins', () => {
		const older = record({ q1: pick('a') }, 200);
		const newer = record({ q1: pick('b') }, 300);
		expect(mergeRecords(older, newer).attempt.responses.q1).toEqual(pick('b'));
		expect(mergeRecords(newer, older).attempt.responses.q1).toEqual(pick('b'));
		// At the same moment, the version being saved wins.
		expect(
			mergeRecords(record({ q1: pick('a') }, 200), record({ q1: pick('c') }, 200)).attempt.responses.q1
		).toEqual(pick('c'));
	});

	it('keeps a question checked only with the answer that was checked', () => {
		const a = record({ q1: pick('a'), q2: pick('b') }, 200, { checked: ['q1', 'q2'] });
		const b = record({ q2: pick('c'), q3: pick('d') }, 300, { checked: ['q3'] });
		const merged = mergeRecords(a, b);
		expect(merged.attempt.checked).toEqual(['q3', 'q1']);
		expect(merged.attempt.responses).toEqual({ q1: pick('a'), q2: pick('c'), q3: pick('d') });
	});

	it('an attempt begun after a finish the other tab had not seen wins whole', () => {
		// Tab A submitted and started over; tab B, still on the old attempt, answered one more.
		const stale = record({ q1: pick('a'), q2: pick('b') }, 500, { finished: 0 });
		const restarted = record({}, 400, { startedAt: 300, seed: 9, finished: 1 });
		expect(mergeRecords(stale, restarted).attempt).toEqual(restarted.attempt);
		expect(mergeRecords(restarted, stale).attempt).toEqual(restarted.attempt);
	});

	it('two fresh attempts (one lesson opened in two tabs) become one, in the stored order', () => {
		const first = record({ q1: pick('a') }, 200, { startedAt: 150, seed: 1 });
		const second = record({ q2: pick('b') }, 210, { startedAt: 160, seed: 2 });
		const merged = mergeRecords(first, second).attempt;
		expect(merged.responses).toEqual({ q1: pick('a'), q2: pick('b') });
		expect([merged.seed, merged.startedAt, merged.updatedAt]).toEqual([1, 150, 210]);
	});

	it('a submitted attempt is final, as submitted', () => {
		const submitted = record({ q1: pick('a') }, 200, { submitted: true });
		const stale = record({ q1: pick('b'), q2: pick('c') }, 300);
		for (const merged of [mergeRecords(submitted, stale), mergeRecords(stale, submitted)]) {
			expect(merged.attempt.submitted).toBe(true);
			expect(merged.attempt.responses).toEqual({ q1: pick('a') });
		}
	});

	it('keeps the best result and the most finishes either side counted', () => {
		const good = { earned: 9, max: 10, percent: 90, passed: true };
		const poor = { earned: 2, max: 10, percent: 20, passed: false };
		expect(
			mergeRecords(record({}, 1, { best: good, finished: 2 }), record({}, 2, { best: poor, finished: 1 }))
		).toMatchObject({ best: good, finished: 2 });
		expect(mergeRecords(record({}, 1, { best: null }), record({}, 2, { best: poor }))).toMatchObject({
			best: poor
		});
		expect(mergeRecords(record({}, 1, { best: good }), record({}, 2, { best: null }))).toMatchObject({
			best: good
		});
	});

	it('loses no answer of one attempt, whatever each side holds', () => {
		const answers = fc.dictionary(
			fc.constantFrom('q1', 'q2', 'q3', 'q4', 'q5', 'q6'),
			fc.constantFrom('a', 'b', 'c').map(pick)
		);
		fc.assert(
			fc.property(answers, answers, fc.nat(5), fc.nat(5), (x, y, tx, ty) => {
				const merged = mergeRecords(record(x, tx), record(y, ty)).attempt.responses;
				expect(Object.keys(merged).sort()).toEqual(
					[...new Set([...Object.keys(x), ...Object.keys(y)])].sort()
				);
				const later = tx > ty ? x : y;
				for (const [id, r] of Object.entries(later)) expect(merged[id]).toEqual(r);
			})
		);
	});
});
