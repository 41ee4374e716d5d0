import { describe, expect, it } from 'vitest';
import {
	answerMessage,
	completeMessage,
	parseMessage,
	readyMessage,
	resizeMessage,
	xapiResult
} from './protocol';

describe('message builders', () => {
	it('build the shapes the design lists, each with version 1', () => {
		expect(readyMessage('the-report', 5)).toEqual({
			type: 'quiz:ready',
			version: 1,
			lesson: 'the-report',
			questionCount: 5
		});
		expect(resizeMessage(640.2)).toEqual({ type: 'quiz:resize', version: 1, height: 641 });
		expect(answerMessage('the-report', { questionId: 'q1', correct: false, earned: 1, max: 2 })).toEqual({
			type: 'quiz:answer',
			version: 1,
			lesson: 'the-report',
			questionId: 'q1',
			correct: false,
			earned: 1,
			max: 2
		});
	});

	it('reports completion as an xAPI result', () => {
		expect(completeMessage('the-report', { earned: 3, max: 4, passed: true })).toEqual({
			type: 'quiz:complete',
			version: 1,
			lesson: 'the-report',
			result: { score: { raw: 3, min: 0, max: 4, scaled: 0.75 }, success: true, completion: true }
		});
	});

	it('scales to 4 places and copes with a quiz worth nothing', () => {
		expect(xapiResult(2, 3, false).score.scaled).toBe(0.6667);
		expect(xapiResult(0, 0, false).score).toEqual({ raw: 0, min: 0, max: 0, scaled: 0 });
	});
});

describe('parseMessage', () => {
	it('accepts every message the builders make', () => {
		const messages = [
			readyMessage('a', 2),
			resizeMessage(300),
			answerMessage('a', { questionId: 'q', correct: true, earned: 1, max: 1 }),
			completeMessage('a', { earned: 1, max: 2, passed: false })
		];
		for (const m of messages) expect(parseMessage(m)).toEqual(m);
		// Round trip through JSON, as a structured clone would deliver it.
		for (const m of messages) expect(parseMessage(JSON.parse(JSON.stringify(m)))).toEqual(m);
	});

	it('keeps only the protocol fields', () => {
		const parsed = parseMessage({ ...resizeMessage(10), extra: '<script>' });
		expect(parsed).toEqual({ type: 'quiz:resize', version: 1, height: 10 });
	});

	it.each([
		['not an object', 'quiz:resize'],
		['null', null],
		['an array', [1, 2]],
		['another version', { ...resizeMessage(10), version: 2 }],
		['no version', { type: 'quiz:resize', height: 10 }],
		['an unknown type', { type: 'quiz:explode', version: 1 }],
		['a negative height', { type: 'quiz:resize', version: 1, height: -5 }],
		['a height that is text', { type: 'quiz:resize', version: 1, height: '500' }],
		['an endless height', { type: 'quiz:resize', version: 1, height: Infinity }],
		['an absurd height', { type: 'quiz:resize', version: 1, height: 5e6 }],
		['ready without a lesson', { type: 'quiz:ready', version: 1, questionCount: 3 }],
		[
			'an answer with no question',
			{ type: 'quiz:answer', version: 1, lesson: 'a', correct: true, earned: 1, max: 1 }
		],
		['complete without a result', { type: 'quiz:complete', version: 1, lesson: 'a' }],
		[
			'a score above its maximum',
			{
				...completeMessage('a', { earned: 1, max: 2, passed: true }),
				result: { score: { raw: 3, min: 0, max: 2, scaled: 1.5 }, success: true, completion: true }
			}
		],
		[
			'success that is not a boolean',
			{
				...completeMessage('a', { earned: 1, max: 2, passed: true }),
				result: { score: { raw: 1, min: 0, max: 2, scaled: 0.5 }, success: 'yes', completion: true }
			}
		]
	])('rejects %s', (_name, data) => {
		expect(parseMessage(data)).toBeNull();
	});
});

describe('attempts and first tries in the messages', () => {
	it('tell two completions apart, and carry the first-try score beside the result', () => {
		const first = completeMessage('a', { earned: 4, max: 20, passed: false, number: 1, firstTry: null });
		const second = completeMessage('a', {
			earned: 20,
			max: 20,
			passed: true,
			number: 2,
			firstTry: { earned: 12 }
		});
		expect(first).toMatchObject({ attempt: 1 });
		expect(first).not.toHaveProperty('firstTry');
		expect(second).toMatchObject({ attempt: 2, firstTry: { raw: 12, min: 0, max: 20, scaled: 0.6 } });
		expect(parseMessage(JSON.parse(JSON.stringify(second)))).toEqual(second);
		// Older receivers' messages (no attempt) still parse; a bad attempt is dropped, not trusted.
		const { attempt: _attempt, ...plain } = second;
		expect(parseMessage(plain)).toMatchObject({ type: 'quiz:complete' });
		expect(parseMessage({ ...second, attempt: -1 })).not.toHaveProperty('attempt');
		expect(
			parseMessage({ ...second, firstTry: { raw: 30, min: 0, max: 20, scaled: 1.5 } })
		).not.toHaveProperty('firstTry');
	});
	it('answers say which attempt and whether it was the first check', () => {
		const m = answerMessage('a', {
			questionId: 'q',
			correct: false,
			earned: 0,
			max: 1,
			attempt: 3,
			firstTry: true
		});
		expect(parseMessage(m)).toEqual({ ...m, attempt: 3, firstTry: true });
	});
});
