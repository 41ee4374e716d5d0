import { describe, expect, it } from 'vitest';
import { newRecord } from '../quiz/record';
import { isResponse, type Question } from './kinds';
import type { Quiz } from './schema';
import { keyResponse } from './score';
import * as s from './session';

const base = { prompt: 'P?', paragraph: 'p', explanation: 'E.', level: 'recall' as const };
const quiz: Quiz = {
	passMark: 70,
	questions: [
		{ ...base, id: 'q1', kind: 'true-false', answer: true },
		{ ...base, id: 'q2', kind: 'true-false', answer: false },
		{
			...base,
			id: 'q3',
			kind: 'single',
			options: [
				{ id: 'a', text: 'A' },
				{ id: 'b', text: 'B' }
			],
			answer: 'b'
		},
		{
			...base,
			id: 'q4',
			kind: 'order',
			items: [
				{ id: 'x', text: 'X' },
				{ id: 'y', text: 'Y' },
				{ id: 'z', text: 'Z' }
			]
		}
	]
};
const [q1, q2, q3, q4] = quiz.questions as [Question, Question, Question, Question];

describe('answering', () => {
	it('sets and clears responses without touching the old attempt', () => {
		const a = s.usableAttempt(null, 5);
		const b = s.respond(a, 'q1', { kind: 'true-false', value: true }, 9);
		expect(a.responses).toEqual({});
		expect(b.responses.q1).toEqual({ kind: 'true-false', value: true });
		expect(b.updatedAt).toBe(9);
		expect(s.respond(b, 'q1', null).responses).toEqual({});
	});
	it('counts answered questions', () => {
		let a = s.usableAttempt(null);
		a = s.respond(a, 'q1', keyResponse(q1));
		a = s.respond(a, 'q2', { kind: 'single', choice: 'a' }); // another kind: stale, no answer
		expect(s.answeredCount(quiz.questions, a)).toBe(1);
		a = s.respond(a, 'q4', { kind: 'order', order: ['y', 'x', 'z'] });
		expect(s.answeredCount(quiz.questions, a)).toBe(2);
	});
	it('checks, unchecks and locks in practice; locks everything once submitted', () => {
		let a = s.check(s.usableAttempt(null), 'q1');
		expect(s.check(a, 'q1').checked).toEqual(['q1']);
		expect(s.isLocked(a, 'q1', 'practice')).toBe(true);
		expect(s.isLocked(a, 'q1', 'test')).toBe(false);
		expect(s.isLocked(a, 'q2', 'practice')).toBe(false);
		a = s.uncheck(a, 'q1');
		expect(s.isLocked(a, 'q1', 'practice')).toBe(false);
		expect(s.isLocked({ ...a, submitted: true }, 'q2', 'test')).toBe(true);
	});
	it('knows when every asked question has been checked', () => {
		const a = ['q1', 'q2', 'q3'].reduce((x, id) => s.check(x, id), s.usableAttempt(null));
		expect(s.allChecked(quiz.questions, a)).toBe(false);
		expect(s.allChecked(quiz.questions, s.check(a, 'q4'))).toBe(true);
		expect(s.allChecked([], a)).toBe(false);
	});
});

describe('asked questions', () => {
	it('asks all in authored order without a seed, the retry list when there is one', () => {
		const a = s.usableAttempt(null);
		expect(s.askedQuestions(quiz, a, null).map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
		expect(s.askedQuestions(quiz, { ...a, only: ['q3', 'q1'] }, null).map((q) => q.id)).toEqual(['q1', 'q3']);
		expect(s.askedQuestions(quiz, { ...a, only: ['gone'] }, null)).toHaveLength(4);
		const shuffled = s.askedQuestions(quiz, a, 12345).map((q) => q.id);
		expect(s.askedQuestions(quiz, a, 12345).map((q) => q.id)).toEqual(shuffled);
		expect([...shuffled].sort()).toEqual(['q1', 'q2', 'q3', 'q4']);
	});
});

describe('finishing and retrying', () => {
	const half = () => {
		let a = s.usableAttempt(null);
		a = s.respond(a, 'q1', keyResponse(q1));
		a = s.respond(a, 'q2', { kind: 'true-false', value: true });
		a = s.respond(a, 'q3', keyResponse(q3));
		a = s.respond(a, 'q4', { kind: 'order', order: ['y', 'z', 'x'] });
		return { ...newRecord(1), attempt: a };
	};

	it('scores the whole quiz against the pass mark', () => {
		const r = s.result(quiz, half().attempt, 70);
		expect(r).toMatchObject({ earned: 3, max: 5, percent: 60, passed: false, passMark: 70 });
		expect(r.questions.map((q) => q.status)).toEqual(['correct', 'incorrect', 'correct', 'partial']);
		expect(s.result(quiz, half().attempt, 60).passed).toBe(true);
	});

	it('finishes once: submitted, best kept, finish counted', () => {
		const done = s.finish(half(), quiz, 70, 42);
		expect(done.attempt.submitted).toBe(true);
		expect(done.best).toEqual({ earned: 3, max: 5, percent: 60, passed: false });
		expect(done.finished).toBe(1);
		expect(s.finish(done, quiz, 70)).toBe(done);
	});

	it('retries only the missed questions, keeping the right answers, and keeps the better best', () => {
		const done = s.finish(half(), quiz, 70);
		expect(s.missed(quiz, done.attempt)).toEqual(['q2', 'q4']);
		const retry = s.retryMissed(done, quiz, 7, 100);
		expect(retry.attempt).toMatchObject({ only: ['q2', 'q4'], submitted: false, checked: [], seed: 7 });
		expect(Object.keys(retry.attempt.responses).sort()).toEqual(['q1', 'q3']);
		expect(retry.best).toEqual(done.best);

		let a = s.respond(retry.attempt, 'q2', keyResponse(q2));
		a = s.respond(a, 'q4', keyResponse(q4));
		const again = s.finish({ ...retry, attempt: a }, quiz, 70);
		expect(again.best).toEqual({ earned: 5, max: 5, percent: 100, passed: true });
		expect(again.finished).toBe(2);

		// A worse later attempt does not lower the best.
		const worse = s.finish(s.startOver(again, 3), quiz, 70);
		expect(worse.best?.percent).toBe(100);
		expect(worse.finished).toBe(3);
	});

	it('starts over with a fresh attempt and a new seed', () => {
		const done = s.finish(half(), quiz, 70);
		const fresh = s.startOver(done, 99, 5);
		expect(fresh.attempt).toMatchObject({
			responses: {},
			checked: [],
			submitted: false,
			only: null,
			seed: 99
		});
		expect(fresh.finished).toBe(1);
	});
});

describe('usableAttempt', () => {
	it('repairs junk saved data field by field', () => {
		const a = s.usableAttempt(
			{ responses: [] as never, checked: 'q1' as never, seed: 4, only: [1] as never },
			3
		);
		expect(a).toMatchObject({
			responses: {},
			checked: [],
			submitted: false,
			seed: 4,
			only: null,
			startedAt: 3
		});
		expect(s.usableAttempt('x' as never).responses).toEqual({});
	});
	it('repairs a junk record: no best, no finishes', () => {
		const r = s.usableRecord({ best: { percent: 'x' } as never, finished: -2 as never });
		expect(r).toMatchObject({ best: null, finished: 0, attempt: { responses: {} } });
		const good = { earned: 1, max: 2, percent: 50, passed: false };
		expect(s.usableRecord({ best: good, finished: 3 })).toMatchObject({ best: good, finished: 3 });
	});
	it('drops responses of an unknown shape and keeps the good ones', () => {
		const responses = {
			a: { kind: 'single', choice: 'x' },
			b: { kind: 'match', pairs: null },
			c: { kind: 'multiple', choices: 'abc' },
			d: { kind: 'numeric', value: '5' },
			e: { kind: 'evidence', choice: 'x' },
			f: { kind: 'nope' },
			g: { kind: 'match', pairs: { p: 'p' } }
		};
		expect(Object.keys(s.usableAttempt({ responses } as never).responses)).toEqual(['a', 'e', 'g']);
	});
	it('accepts every response the generators make and rejects junk without throwing', async () => {
		const fc = (await import('fast-check')).default;
		const { question, responseFor, junk } = await import('./arbitraries');
		fc.assert(
			fc.property(
				question.chain((q) => responseFor(q)),
				(r) => {
					expect(isResponse(r)).toBe(true);
				}
			)
		);
		fc.assert(
			fc.property(junk, (r) => {
				expect(() => isResponse(r)).not.toThrow();
			})
		);
	});
});
