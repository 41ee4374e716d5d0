import { describe, expect, it } from 'vitest';
import { isAnswered } from '../quiz/kinds';
import { newRecord, type AttemptResult } from '../quiz/record';
import { continueTarget, courseProgress, lessonStatus, type QuestionRef } from './status';
import type { QuizRecord } from './types';

// q1 single, q2 text, q3 numeric: what the saved responses below answer.
const ids: QuestionRef[] = [
	{ id: 'q1', kind: 'single' },
	{ id: 'q2', kind: 'text' },
	{ id: 'q3', kind: 'numeric' }
];

type Responses = QuizRecord['attempt']['responses'];

function record(responses: Responses, history: AttemptResult[] = [], submitted = false): QuizRecord {
	const r = newRecord('practice', 1);
	return { history, attempt: { ...r.attempt, responses, submitted } };
}

const result = (number: number, percent: number, firstTry: number | null = null): AttemptResult => ({
	number,
	mode: 'practice',
	earned: percent,
	max: 100,
	percent,
	passed: percent >= 70,
	right: null,
	questions: null,
	firstTry: firstTry === null ? null : { earned: firstTry, right: 0 },
	finishedAt: number
});

describe('lessonStatus', () => {
	it('is not started without a record or an answer', () => {
		expect(lessonStatus(undefined, ids)).toEqual({
			state: 'not-started',
			answered: 0,
			total: 3,
			best: null,
			first: null
		});
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

	it('is finished once an attempt is finished, in progress while a new one is answered', () => {
		const one: Responses = { q1: { kind: 'single', choice: 'a' } };
		const history = [result(1, 60, 40), result(2, 100)];
		expect(lessonStatus(record(one, history, true), ids)).toMatchObject({
			state: 'finished',
			answered: 0,
			best: { number: 2, percent: 100 },
			first: { number: 1, percent: 60, firstTry: { earned: 40 } }
		});
		expect(lessonStatus(record({}, history), ids).state).toBe('finished');
		const again: Responses = { q3: { kind: 'numeric', value: 3 } };
		expect(lessonStatus(record(again, history), ids)).toMatchObject({ state: 'in-progress', answered: 1 });
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

describe('continueTarget and courseProgress', () => {
	const lessons = [
		{ slug: 'one', questions: ids },
		{ slug: 'two', questions: ids },
		{ slug: 'three', questions: ids }
	];
	const done = record({}, [result(1, 80)], true);

	it('starts at the first lesson when nothing is saved', () => {
		expect(continueTarget(lessons, {})).toEqual({ slug: 'one', started: false });
		expect(courseProgress(lessons, {})).toEqual({ done: 0, of: 3 });
	});

	it('goes to the first lesson not finished, never to one already done', () => {
		const records = { one: done, three: record({ q1: { kind: 'single', choice: 'a' } }) };
		expect(continueTarget(lessons, records)).toEqual({ slug: 'two', started: true });
		expect(courseProgress(lessons, records)).toEqual({ done: 1, of: 3 });
	});

	it('counts only lessons: an assignment record of the same lesson is its own', () => {
		const records = { one: done, 'assignment:x:two': done };
		expect(continueTarget(lessons, records)).toEqual({ slug: 'two', started: true });
		expect(continueTarget(lessons, { one: done, two: done, three: done })).toBeNull();
		expect(courseProgress(lessons, { one: done, two: done, three: done })).toEqual({ done: 3, of: 3 });
	});
});
