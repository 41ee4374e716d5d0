import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Response } from '../quiz/kinds';
import { newAttempt, type AttemptResult } from '../quiz/record';
import { mergeRecords } from './merge';
import type { Attempt, QuizRecord } from './types';

const pick = (choice: string): Response => ({ kind: 'single', choice });

/** An attempt (number 1, started at 100, seed 7) whose answers were each given at `at`. */
function record(
	responses: Record<string, Response>,
	at: number,
	over: Partial<Attempt> = {},
	history: AttemptResult[] = []
): QuizRecord {
	const changed = Object.fromEntries(Object.keys(responses).map((id) => [id, at]));
	return {
		attempt: { ...newAttempt(1, 'practice', 7, 100), responses, changed, updatedAt: at, ...over },
		history
	};
}

const result = (number: number, percent: number): AttemptResult => ({
	number,
	mode: 'test',
	earned: percent,
	max: 100,
	percent,
	passed: percent >= 70,
	right: null,
	questions: null,
	firstTry: null,
	finishedAt: number * 1000
});

describe('mergeRecords', () => {
	it('keeps the answers two tabs gave to different questions of one attempt', () => {
		const a = record({ q1: pick('a'), q2: pick('b'), q3: pick('c') }, 200);
		const b = record({ q4: pick('d'), q5: pick('a'), q6: pick('b') }, 201);
		const merged = mergeRecords(a, b);
		expect(Object.keys(merged.attempt.responses).sort()).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
		expect(merged.attempt.updatedAt).toBe(201);
		expect(mergeRecords(b, a).attempt.responses).toEqual(merged.attempt.responses);
	});

	it('where both tabs answered one question, the later answer wins, question by question', () => {
		const a = record({ q1: pick('a') }, 300);
		const b = record({ q1: pick('b'), q2: pick('b') }, 200);
		b.attempt.changed.q2 = 400;
		const merged = mergeRecords(a, b).attempt.responses;
		expect(merged).toEqual({ q1: pick('a'), q2: pick('b') });
		expect(mergeRecords(b, a).attempt.responses).toEqual(merged);
		// At the same moment, the version being saved wins.
		expect(
			mergeRecords(record({ q1: pick('a') }, 200), record({ q1: pick('c') }, 200)).attempt.responses.q1
		).toEqual(pick('c'));
	});

	it('an answer cleared later in one tab stays cleared', () => {
		const answered = record({ q1: pick('a') }, 200);
		const cleared = record({}, 300, { changed: { q1: 300 } });
		expect(mergeRecords(answered, cleared).attempt.responses).toEqual({});
		expect(mergeRecords(cleared, answered).attempt.responses).toEqual({});
	});

	it('keeps a question checked with the answer that was checked, and the first try made', () => {
		const a = record({ q1: pick('a'), q2: pick('b') }, 200, {
			checked: ['q1', 'q2'],
			checkedAt: { q1: 210, q2: 210 },
			firstTry: { q1: 1, q2: 0 },
			tries: { q1: 1, q2: 2 },
			revealed: ['q2']
		});
		const b = record({ q2: pick('c'), q3: pick('d') }, 300, { checked: ['q3'], checkedAt: { q3: 310 } });
		const merged = mergeRecords(a, b).attempt;
		expect(merged.responses).toEqual({ q1: pick('a'), q2: pick('c'), q3: pick('d') });
		expect(merged.checked.sort()).toEqual(['q1', 'q3']);
		expect(merged.revealed).toEqual([]);
		// q2's first try was made in tab A: it stands, though tab B's newer answer is kept.
		expect(merged.firstTry).toEqual({ q1: 1, q2: 0 });
	});

	it('a later attempt (the other tab finished and started again) wins whole', () => {
		const stale = record({ q1: pick('a'), q2: pick('b') }, 500);
		const restarted = record({}, 400, { number: 2, startedAt: 300, seed: 9 }, [result(1, 60)]);
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

	it('keeps every finished attempt either side has, once each, in order', () => {
		const a = record({}, 1, {}, [result(1, 40), result(2, 90)]);
		const b = record({}, 2, {}, [result(1, 40), result(3, 20)]);
		expect(mergeRecords(a, b).history.map((h) => h.number)).toEqual([1, 2, 3]);
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
