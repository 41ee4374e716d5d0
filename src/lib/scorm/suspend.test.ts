import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answered } from '../quiz/arbitraries';
import type { Response } from '../quiz/kinds';
import { newRecord, type QuizRecord } from '../quiz/record';
import { packRecord, SUSPEND_LIMIT, unpackRecord } from './suspend';

const T0 = 1_760_000_000_000;

/** A record with `responses`, in test mode, as the quiz saves it (times in ms, change times kept). */
function recordWith(
	responses: Record<string, Response>,
	extra: Partial<QuizRecord['attempt']> = {}
): QuizRecord {
	const record = newRecord('test', 12345, T0);
	const changed = Object.fromEntries(Object.keys(responses).map((id, i) => [id, T0 + 1000 * (i + 1)]));
	return { ...record, attempt: { ...record.attempt, responses, changed, updatedAt: T0 + 60_000, ...extra } };
}

/** What resuming keeps: everything but per-question change and check times, times to the second. */
function kept(record: QuizRecord): QuizRecord {
	const s = (ms: number) => Math.round(ms / 1000) * 1000;
	return {
		attempt: {
			...record.attempt,
			changed: {},
			checkedAt: {},
			startedAt: s(record.attempt.startedAt),
			updatedAt: s(record.attempt.updatedAt)
		},
		history: record.history.map((h) => ({ ...h, finishedAt: s(h.finishedAt) }))
	};
}

const everyKind: Record<string, Response> = {
	'mid-september': { kind: 'single', choice: 'd' },
	'weigh-sources': { kind: 'multiple', choices: ['c', 'e'] },
	'sources-saw-order': { kind: 'true-false', value: false },
	'signal-approval': { kind: 'true-false', value: true },
	timeline: { kind: 'order', order: ['b', 'a', 'c', 'd'] },
	'who-said-what': { kind: 'match', pairs: { sources: 'journalist', journalist: 'sources', nyt: 'nyt' } },
	'deaths-figure': { kind: 'numeric', value: -0.125 },
	'review-command': { kind: 'text', value: 'Comando Norte de EE. UU. — «NORTHCOM»' },
	'plan-headline': { kind: 'evidence', choice: 'b', evidence: 'p2' },
	'half-evidence': { kind: 'evidence', choice: 'a' },
	'spot-the-hedges': { kind: 'highlight', marked: ['w3', 'w7'] }
};

describe('packRecord / unpackRecord', () => {
	it('keeps a test attempt: every kind of response, the seed, the question on screen, submitted, the result', () => {
		const record: QuizRecord = {
			...recordWith(everyKind, { current: 'timeline', submitted: true, number: 2 }),
			history: [
				{
					number: 1,
					mode: 'test',
					earned: 4,
					max: 20,
					percent: 20,
					passed: false,
					right: 3,
					questions: 11,
					firstTry: null,
					finishedAt: T0 + 90_000
				},
				{
					number: 2,
					mode: 'test',
					earned: 15.5,
					max: 20,
					percent: 78,
					passed: true,
					right: 8,
					questions: 11,
					firstTry: null,
					finishedAt: T0 + 95_000
				}
			]
		};
		expect(unpackRecord(packRecord(record))).toEqual(kept(record));
	});

	it('keeps a practice attempt: tries, done, shown, first tries and the retry list', () => {
		const base = recordWith(everyKind);
		const record: QuizRecord = {
			attempt: {
				...base.attempt,
				mode: 'practice',
				tries: { 'mid-september': 2, timeline: 1 },
				checkedAt: { 'mid-september': T0 + 5000 },
				firstTry: { 'mid-september': 0, 'who-said-what': 2.5 },
				checked: ['mid-september', 'who-said-what'],
				revealed: ['mid-september'],
				only: ['mid-september', 'timeline']
			},
			history: [
				{
					number: 1,
					mode: 'practice',
					earned: 9,
					max: 20,
					percent: 45,
					passed: false,
					right: 4,
					questions: 11,
					firstTry: { earned: 7, right: 3 },
					finishedAt: T0
				}
			]
		};
		expect(unpackRecord(packRecord(record))).toEqual(kept(record));
	});

	it('writes ASCII only, so an LMS counting bytes counts the same length', () => {
		const text = packRecord(recordWith(everyKind));
		expect(text).toMatch(/^[\x20-\x7e]*$/);
		expect(unpackRecord(text)!.attempt.responses['review-command']).toEqual(everyKind['review-command']);
	});

	it('is much shorter than the record as the browser keeps it', () => {
		const record = recordWith(everyKind);
		expect(packRecord(record).length).toBeLessThan(JSON.stringify(record).length / 2);
	});

	it('fits any record in the limit, and keeps every response when it fits untrimmed', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(answered, { maxLength: 15, selector: ([q]) => q.id }),
				fc.integer({ min: 0, max: 2 ** 31 - 1 }),
				(pairs, seed) => {
					const responses = Object.fromEntries(pairs.map(([q, r]) => [q.id, r]));
					const record = recordWith(responses, { seed });
					const text = packRecord(record);
					expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
					const back = unpackRecord(text)!;
					expect(back.attempt.seed).toBe(seed);
					// Numbers in JSON: -0 comes back as 0, which scores the same.
					expect(JSON.parse(JSON.stringify(back.attempt.responses))).toEqual(
						JSON.parse(JSON.stringify(responses))
					);
				}
			)
		);
	});

	it('shortens long typed answers to fit, longest first, keeping everything else', () => {
		const record = recordWith({
			...everyKind,
			essay: { kind: 'text', value: 'é'.repeat(5000) },
			short: { kind: 'text', value: 'x'.repeat(300) }
		});
		const text = packRecord(record);
		expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
		const back = unpackRecord(text)!.attempt.responses;
		expect(back.short).toEqual({ kind: 'text', value: 'x'.repeat(300) });
		expect((back.essay as { value: string }).value).toMatch(/^é+$/);
		const { essay: _e, short: _s, ...rest } = back;
		expect(rest).toEqual(everyKind);
	});

	it('in a quiz far larger than any lesson, keeps the attempt itself even if answers must go', () => {
		const responses = Object.fromEntries(
			Array.from({ length: 400 }, (_, i) => [
				`question-with-a-long-identifier-${i}`,
				{ kind: 'multiple', choices: ['a', 'b', 'c', 'd'] } as Response
			])
		);
		const record: QuizRecord = {
			...recordWith(responses, { submitted: true, number: 3, current: 'question-with-a-long-identifier-9' })
		};
		const text = packRecord(record);
		expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
		const back = unpackRecord(text)!;
		expect(back.attempt).toMatchObject({ number: 3, seed: 12345, submitted: true, mode: 'test' });
		expect(Object.keys(back.attempt.responses).length).toBeGreaterThan(10);
	});

	it('reads nothing from empty, foreign or newer text', () => {
		for (const text of ['', 'lesson_location=3', '{"v":2,"n":1}', '[1,2]', 'null'])
			expect(unpackRecord(text), text).toBeNull();
	});

	it('reads hand-edited or damaged text as a usable record, dropping what does not fit', () => {
		const back = unpackRecord(
			JSON.stringify({
				v: 1,
				n: -1,
				m: 'x',
				s: 'seed',
				r: { a: ['s', 'b'], b: ['zz', 1], c: 'junk', d: ['n', 'NaN'] },
				k: 'x',
				h: [[1], 'x']
			}),
			T0
		)!;
		expect(back.attempt.responses).toEqual({ a: { kind: 'single', choice: 'b' } });
		expect(back.attempt.number).toBe(1);
		expect(back.attempt.mode).toBe('practice');
		expect(Number.isInteger(back.attempt.seed)).toBe(true);
		expect(back.attempt.checked).toEqual([]);
		expect(back.history).toEqual([]);
	});
});
