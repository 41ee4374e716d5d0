import { describe, expect, it } from 'vitest';
import { isAnswered } from '../quiz/kinds';
import { newRecord } from '../quiz/record';
import { continueTarget, lessonStatus, type QuestionRef } from './status';
import type { QuizRecord } from './types';

// q1 single, q2 text, q3 numeric: what the saved responses below answer.
const ids: QuestionRef[] = [
	{ id: 'q1', kind: 'single' },
	{ id: 'q2', kind: 'text' },
	{ id: 'q3', kind: 'numeric' }
];

type Responses = QuizRecord['attempt']['responses'];

function record(responses: Responses, extra: Partial<QuizRecord> = {}, submitted = false) {
	const r = newRecord(1);
	return { ...r, ...extra, attempt: { ...r.attempt, responses, submitted } };
}

describe('lessonStatus', () => {
	it('is not started without a record or an answer', () => {
		expect(lessonStatus(undefined, ids)).toEqual({ state: 'not-started', answered: 0, total: 3, best: null });
		expect(lessonStatus(record({}), ids).state).toBe('not-started');
	});

	it('counts answers to the current questions only', () => {
		const s = lessonStatus(
			record({
				q1: { kind: 'single', choice: 'a' },
				q2: { kind: 'text', value: '  ' },
				gone: { kind: 'true-false', value: true }
			}),
			ids
		);
		expect(s).toMatchObject({ state: 'in-progress', answered: 1, total: 3 });
	});

	it('is finished once submitted, and after a finish until a new attempt is answered', () => {
		const best = { earned: 2, max: 3, percent: 67, passed: false };
		const one: Responses = { q1: { kind: 'single', choice: 'a' } };
		expect(lessonStatus(record(one, { best, finished: 1 }, true), ids)).toMatchObject({
			state: 'finished',
			best
		});
		expect(lessonStatus(record({}, { best, finished: 1 }), ids).state).toBe('finished');
		const again: Responses = { q3: { kind: 'numeric', value: 3 } };
		expect(lessonStatus(record(again, { best, finished: 1 }), ids)).toMatchObject({
			state: 'in-progress',
			answered: 1,
			best
		});
	});

	it('knows an emptied answer from a real one', () => {
		expect(isAnswered('multiple', { kind: 'multiple', choices: [] })).toBe(false);
		expect(isAnswered('multiple', { kind: 'multiple', choices: ['a'] })).toBe(true);
		expect(isAnswered('match', { kind: 'match', pairs: { x: '' } })).toBe(false);
		expect(isAnswered('evidence', { kind: 'evidence', evidence: 'p1' })).toBe(false);
		expect(isAnswered('evidence', { kind: 'evidence', choice: 'a' })).toBe(true);
		// A response of another kind (the question changed kind since) answers nothing.
		expect(isAnswered('single', { kind: 'true-false', value: false })).toBe(false);
		expect(isAnswered('true-false', { kind: 'true-false', value: false })).toBe(true);
	});
});

describe('continueTarget', () => {
	const lessons = [
		{ slug: 'one', questions: ids },
		{ slug: 'two', questions: ids },
		{ slug: 'three', questions: ids }
	];
	const done = record({}, { finished: 1 }, true);

	it('starts at the first lesson when nothing is saved', () => {
		expect(continueTarget(lessons, {}, null)).toEqual({ slug: 'one', started: false });
	});

	it('goes to the lesson changed last', () => {
		const records = { one: done, three: record({ q1: { kind: 'single', choice: 'a' } }) };
		expect(continueTarget(lessons, records, 'three')).toEqual({ slug: 'three', started: true });
	});

	it('falls back to the first unfinished lesson when the last key is not a lesson', () => {
		const records = { one: done, 'assignment:x:two': done };
		expect(continueTarget(lessons, records, 'assignment:x:two')).toEqual({ slug: 'two', started: true });
		expect(continueTarget(lessons, { one: done, two: done, three: done }, 'gone')).toBeNull();
	});
});
