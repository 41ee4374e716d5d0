import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isResponse, type Question } from './kinds';
import { best, first, newRecord, type QuizRecord } from './record';
import type { Quiz } from './schema';
import { keyResponse } from './score';
import { attemptsLeftBound, bound, missed, retryMissed, startOver } from './again';
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
const settings = (over: Partial<s.Settings> = {}): s.Settings => ({
	mode: 'test',
	passMark: 70,
	shuffle: false,
	attempts: 1,
	review: 'after-last',
	...over
});

/** An attempt with q1 and q3 right, q2 wrong and q4 one swap off (3 of 5 points). */
function half(mode: s.Mode = 'test'): QuizRecord {
	const r = newRecord(mode, 1, 0);
	let a = r.attempt;
	a = s.respond(a, 'q1', keyResponse(q1), 1);
	a = s.respond(a, 'q2', { kind: 'true-false', value: true }, 2);
	a = s.respond(a, 'q3', keyResponse(q3), 3);
	a = s.respond(a, 'q4', { kind: 'order', order: ['y', 'x', 'z'] }, 4);
	return { ...r, attempt: a };
}

describe('answering', () => {
	it('sets and clears a response, and records when each answer changed', () => {
		const a = newRecord('practice', 1, 5).attempt;
		const b = s.respond(a, 'q1', { kind: 'true-false', value: true }, 9);
		expect(a.responses).toEqual({});
		expect(b.responses.q1).toEqual({ kind: 'true-false', value: true });
		expect(b.changed.q1).toBe(9);
		const c = s.respond(b, 'q1', null, 12);
		expect(c.responses).toEqual({});
		// A cleared answer keeps its time: two tabs merge on it.
		expect(c.changed.q1).toBe(12);
	});
	it('counts answered questions, one rule for every kind', () => {
		let a = newRecord('test', 1).attempt;
		a = s.respond(a, 'q1', keyResponse(q1));
		a = s.respond(a, 'q2', { kind: 'single', choice: 'a' }); // another kind: stale, no answer
		expect(s.answeredCount(quiz.questions, a)).toBe(1);
		a = s.respond(a, 'q4', { kind: 'order', order: ['y', 'x', 'z'] });
		expect(s.answeredCount(quiz.questions, a)).toBe(2);
		expect(s.unanswered(quiz.questions, a).map((q) => q.id)).toEqual(['q2', 'q3']);
	});
});

describe('practice: first tries, a second chance, and shown answers', () => {
	const start = () => newRecord('practice', 1, 0).attempt;

	it('a right first check is done, and counts as right on the first try', () => {
		const checked = s.check(s.respond(start(), 'q1', keyResponse(q1), 1), q1, 2);
		expect(checked.outcome).toBe('right');
		expect(checked.attempt.firstTry).toEqual({ q1: 1 });
		expect(s.isLocked(checked.attempt, 'q1')).toBe(true);
	});

	it('a wrong first check is not locked and shows no answer; the feedback stands until the answer changes', () => {
		const wrong = s.check(s.respond(start(), 'q2', { kind: 'true-false', value: true }, 1), q2, 2);
		expect(wrong.outcome).toBe('try-again');
		expect(s.isLocked(wrong.attempt, 'q2')).toBe(false);
		expect(wrong.attempt.revealed).toEqual([]);
		expect(s.checkStands(wrong.attempt, 'q2')).toBe(true);
		const changed = s.respond(wrong.attempt, 'q2', { kind: 'true-false', value: false }, 3);
		expect(s.checkStands(changed, 'q2')).toBe(false);
		// Right the second time: done, but the first try stays a miss.
		const right = s.check(changed, q2, 4);
		expect(right.outcome).toBe('right');
		expect(right.attempt.firstTry.q2).toBe(0);
	});

	it('a second wrong check shows the answer and ends the question', () => {
		let a = s.respond(start(), 'q3', { kind: 'single', choice: 'a' }, 1);
		a = s.check(a, q3, 2).attempt;
		const second = s.check(a, q3, 3);
		expect(second.outcome).toBe('shown');
		expect(second.attempt.revealed).toEqual(['q3']);
		expect(s.isLocked(second.attempt, 'q3')).toBe(true);
		// Shown means no more points: the answer cannot be typed in after seeing it.
		expect(s.isLocked(s.respond(second.attempt, 'q3', keyResponse(q3)), 'q3')).toBe(true);
	});

	it('"Show answer" counts as a miss, even before any check', () => {
		const shown = s.showAnswer(start(), q1, 5);
		expect(shown.revealed).toEqual(['q1']);
		expect(shown.firstTry).toEqual({ q1: 0 });
		expect(s.isLocked(shown, 'q1')).toBe(true);
	});

	it('the first try is the first check: later checks never change it', () => {
		fc.assert(
			fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), (answers) => {
				let a = start();
				for (const [i, value] of answers.entries()) {
					if (s.isLocked(a, 'q1')) break;
					a = s.check(s.respond(a, 'q1', { kind: 'true-false', value }, i * 2), q1, i * 2 + 1).attempt;
				}
				expect(a.firstTry.q1).toBe(answers[0] ? 1 : 0);
				expect(a.tries.q1).toBeLessThanOrEqual(2);
			})
		);
	});

	it('scores the final answers and, for a full attempt, the first tries beside them', () => {
		let a = start();
		for (const q of [q1, q3]) a = s.check(s.respond(a, q.id, keyResponse(q)), q).attempt;
		a = s.check(s.respond(a, 'q2', { kind: 'true-false', value: true }), q2).attempt;
		a = s.check(s.respond(a, 'q2', { kind: 'true-false', value: false }), q2).attempt;
		a = s.showAnswer(a, q4);
		expect(s.allDone(quiz.questions, a)).toBe(true);
		const r = s.result(quiz, a, 70);
		expect(r).toMatchObject({ earned: 3, max: 5, right: 3, questions: 4, firstTry: { earned: 2, right: 2 } });
		expect(r.items.map((i) => i.firstTry)).toEqual([1, 0, 1, 0]);
	});
});

describe('asked questions', () => {
	it('asks all in authored order without a seed, the retry list when there is one', () => {
		const a = newRecord('practice', 1).attempt;
		expect(s.askedQuestions(quiz, a, null).map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
		expect(s.askedQuestions(quiz, { ...a, only: ['q3', 'q1'] }, null).map((q) => q.id)).toEqual(['q1', 'q3']);
		expect(s.askedQuestions(quiz, { ...a, only: ['gone'] }, null)).toHaveLength(4);
		const shuffled = s.askedQuestions(quiz, a, 12345).map((q) => q.id);
		expect(s.askedQuestions(quiz, a, 12345).map((q) => q.id)).toEqual(shuffled);
		expect([...shuffled].sort()).toEqual(['q1', 'q2', 'q3', 'q4']);
	});
});

describe('finishing, attempts and the review', () => {
	it('scores questions and points against the pass mark', () => {
		const r = s.result(quiz, half().attempt, 70);
		expect(r).toMatchObject({
			earned: 3,
			max: 5,
			percent: 60,
			passed: false,
			right: 2,
			questions: 4,
			firstTry: null
		});
		expect(r.items.map((q) => q.status)).toEqual(['correct', 'incorrect', 'correct', 'partial']);
		expect(s.result(quiz, half().attempt, 60).passed).toBe(true);
	});

	it('finishes once: submitted, its result in the history', () => {
		const done = s.finish(half(), quiz, 70, 42);
		expect(done.attempt.submitted).toBe(true);
		expect(done.history).toEqual([
			{
				number: 1,
				mode: 'test',
				earned: 3,
				max: 5,
				percent: 60,
				passed: false,
				right: 2,
				questions: 4,
				firstTry: null,
				finishedAt: 42
			}
		]);
		expect(s.finish(done, quiz, 70)).toBe(done);
	});

	it('holds a test to its attempt limit: no new attempt, and the answers shown only after the last', () => {
		const one = settings({ attempts: 1 });
		const done = s.finish(half(), quiz, 70);
		expect(s.canStartNew(done, one)).toBe(false);
		expect(s.attemptsLeft(done, one)).toBe(0);
		expect(s.reviewShowsKey(done, one)).toBe(true);

		const two = settings({ attempts: 2 });
		expect(s.canStartNew(done, two)).toBe(true);
		expect(s.reviewShowsKey(done, two)).toBe(false);
		const second = startOver(done, 'test', 5, 50);
		expect(second.attempt.number).toBe(2);
		expect(s.canStartNew(second, two)).toBe(false); // not finished yet
		const finished = s.finish(second, quiz, 70, 60);
		expect(finished.history.map((h) => h.number)).toEqual([1, 2]);
		expect(s.canStartNew(finished, two)).toBe(false);
		expect(s.reviewShowsKey(finished, two)).toBe(true);

		expect(s.reviewShowsKey(done, settings({ review: 'never', attempts: 1 }))).toBe(false);
		expect(s.reviewShowsKey(done, settings({ review: 'always', attempts: 3 }))).toBe(true);
		expect(s.canStartNew(done, settings({ attempts: null }))).toBe(true);
	});

	it('keeps the fewest attempts an attempt was taken under: a looser link cannot reopen it', () => {
		const taken = settings({ attempts: 1, review: 'after-last' });
		const done = s.finish(half(), quiz, 70, 10, taken);
		expect(done.history[0]).toMatchObject({ limit: 1 });
		for (const looser of [
			settings({ mode: 'practice', attempts: null, review: 'always' }), // ?mode=practice
			settings({ attempts: 5 }), // ?attempts=5
			settings({ attempts: null }) // ?attempts=unlimited&mode=TEST
		]) {
			expect(bound(done, looser).attempts).toBe(1);
			expect(s.canStartNew(done, bound(done, looser))).toBe(false);
			expect(attemptsLeftBound(done, looser)).toBe(0);
		}
		// What was kept survives a save and a reload.
		const reloaded = s.usableRecord(JSON.parse(JSON.stringify(done)));
		expect(s.canStartNew(reloaded, bound(reloaded, settings({ attempts: 5 })))).toBe(false);
		// Results saved before limits were kept bind nothing beyond today's settings.
		const old = s.finish(half(), quiz, 70, 10);
		expect(old.history[0]!.limit).toBeUndefined();
		expect(s.canStartNew(old, bound(old, settings({ attempts: 5 })))).toBe(true);
		// A limit that allowed more binds no more than it said: 3 allowed, 1 used, 2 left.
		const roomy = s.finish(half(), quiz, 70, 10, settings({ attempts: 3 }));
		expect(attemptsLeftBound(roomy, settings({ attempts: null }))).toBe(2);
		// A hand-edited limit that is not a count binds nothing.
		const edited = s.usableRecord({ ...roomy, history: [{ ...roomy.history[0], limit: -1 }] });
		expect(attemptsLeftBound(edited, settings({ attempts: null }))).toBeNull();
	});

	it('never lets a finished attempt be answered again', () => {
		const done = s.finish(half(), quiz, 70);
		for (const q of quiz.questions) expect(s.isLocked(done.attempt, q.id)).toBe(true);
	});

	it('practice: retries only the missed questions, keeping the right answers, as a new attempt', () => {
		const done = s.finish(half('practice'), quiz, 70);
		expect(missed(quiz, done.attempt)).toEqual(['q2', 'q4']);
		const retry = retryMissed(done, quiz, 7, 100);
		expect(retry.attempt).toMatchObject({ number: 2, only: ['q2', 'q4'], submitted: false, seed: 7 });
		expect(Object.keys(retry.attempt.responses).sort()).toEqual(['q1', 'q3']);
		// The kept answers are done; the retried ones are asked.
		expect(retry.attempt.checked.sort()).toEqual(['q1', 'q3']);
		let a = s.respond(retry.attempt, 'q2', keyResponse(q2));
		a = s.respond(a, 'q4', keyResponse(q4));
		const again = s.finish({ ...retry, attempt: a }, quiz, 70);
		expect(again.history.map((h) => h.percent)).toEqual([60, 100]);
		// A retry has no first-try figure of its own: only a full attempt measures the first try.
		expect(again.history[1]!.firstTry).toBeNull();
		expect(best(again)?.number).toBe(2);
		expect(first(again)?.number).toBe(1);
	});

	it('lets the learner choose the mode only before the attempt begins', () => {
		const fresh = newRecord('practice', 1);
		expect(s.switchMode(fresh, 'test').attempt.mode).toBe('test');
		const begun = { ...fresh, attempt: s.respond(fresh.attempt, 'q1', keyResponse(q1)) };
		expect(s.switchMode(begun, 'test')).toBe(begun);
	});
});

describe('saved data', () => {
	it('repairs a junk attempt field by field', () => {
		const a = s.usableAttempt(
			{ responses: [], checked: 'q1', seed: 4, only: [1], number: -2, mode: 'exam' },
			3
		);
		expect(a).toMatchObject({
			number: 1,
			mode: 'practice',
			responses: {},
			checked: [],
			submitted: false,
			seed: 4,
			only: null,
			startedAt: 3
		});
		expect(s.usableAttempt('x').responses).toEqual({});
	});
	it('repairs a junk record: history entries that cannot be read are dropped', () => {
		const good = s.finish(half(), quiz, 70, 9).history[0]!;
		const r = s.usableRecord({ history: [good, { percent: 'x' }, null] });
		expect(r.history).toEqual([good]);
		expect(s.usableRecord(null)).toMatchObject({ history: [], attempt: { responses: {} } });
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
		expect(Object.keys(s.usableAttempt({ responses }).responses)).toEqual(['a', 'e', 'g']);
	});
	it('accepts every response the generators make and rejects junk without throwing', async () => {
		const { answered, junk } = await import('./arbitraries');
		fc.assert(
			fc.property(answered, ([, r]) => {
				expect(isResponse(r)).toBe(true);
			})
		);
		fc.assert(
			fc.property(junk, (r) => {
				expect(() => s.usableAttempt({ responses: { q: r } })).not.toThrow();
			})
		);
	});
});
