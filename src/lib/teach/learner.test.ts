import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	attemptFrom,
	emptyLearner,
	learnerKey,
	lessonResult,
	mergeLearners,
	readLearner,
	withAttempt,
	withName,
	withRecorded,
	withStarted,
	type LearnerState,
	type StoredAttempt,
	type StoredLesson
} from './learner';
import { MAX_CODE_ATTEMPTS } from './results-code';
import type { Quiz } from '../quiz/schema';
import { result as quizResult, type Result as QuizResult } from '../quiz/session';
import { newRecord, type QuizRecord } from '../quiz/record';

const attempt = (number: number, earned: number, finishedAt: number): StoredAttempt => ({
	number,
	earned,
	max: 4,
	passed: earned >= 3,
	finishedAt,
	firstTry: null,
	items: [{ id: 'q1', earned: 1, max: 1, firstTry: null, pick: 'a' }]
});
const lesson = (slug: string, ...attempts: StoredAttempt[]): StoredLesson => ({
	slug,
	startedAt: 1795000000,
	attempts
});
/** A state with one lesson finished once (attempt 1, `earned` of 4, at `finishedAt`). */
const result = (slug: string, earned: number, finishedAt: number) =>
	lesson(slug, attempt(1, earned, finishedAt));
const withResult = (s: LearnerState, l: StoredLesson): LearnerState => ({
	...s,
	results: { ...s.results, [l.slug]: l }
});

const good: LearnerState = {
	name: 'Ana',
	namedAt: 1795000000,
	started: { 'the-report': 1795000000 },
	results: { 'the-report': result('the-report', 3, 1795000300) }
};

describe('reading the learner state back', () => {
	it('reads back what was saved, and state saved before names had a time', () => {
		expect(readLearner(JSON.stringify(good))).toEqual({ kind: 'ok', state: good });
		const { namedAt: _, ...older } = good;
		expect(readLearner(JSON.stringify(older))).toEqual({ kind: 'ok', state: { ...good, namedAt: 0 } });
	});

	it('says when nothing is stored, or nothing usable', () => {
		expect(readLearner(null)).toEqual({ kind: 'empty' });
		for (const raw of [
			'{',
			'null',
			'[]',
			'"x"',
			'{}',
			JSON.stringify({ ...good, name: 7, started: 'x', results: [] })
		]) {
			expect(readLearner(raw), raw).toEqual({ kind: 'unreadable' });
		}
	});

	it('mends a state that fails its check: a tab in the name is cleaned, the results are kept', () => {
		const pasted = { ...good, name: 'Ana\tPérez' };
		expect(readLearner(JSON.stringify(pasted))).toEqual({
			kind: 'repaired',
			state: { ...good, name: 'Ana Pérez' }
		});
		const edited = { ...good, results: { ...good.results, broken: { slug: 'broken', earned: 'lots' } } };
		expect(readLearner(JSON.stringify(edited))).toEqual({ kind: 'repaired', state: good });
		// A name that cannot be mended is dropped; the results stay.
		expect(readLearner(JSON.stringify({ ...good, name: '\u200b' }))).toEqual({
			kind: 'repaired',
			state: { ...good, name: '' }
		});
	});

	it('never throws on anything stored', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => void readLearner(s)));
		fc.assert(fc.property(fc.jsonValue(), (j) => void readLearner(JSON.stringify(j))));
	});

	it('keeps each assignment under its own key', () => {
		expect(learnerKey('0a1b2c3d')).toBe('assignment:0a1b2c3d:learner');
	});
});

describe('what the first release saved', () => {
	it('reads its one result per lesson as attempt 1, without first tries', () => {
		const old = {
			name: 'Ana',
			namedAt: 1795000000,
			started: { 'the-report': 1795000000 },
			results: {
				'the-report': {
					slug: 'the-report',
					earned: 3,
					max: 4,
					passed: true,
					questions: [{ id: 'q1', earned: 1, max: 1 }],
					startedAt: 1795000000,
					finishedAt: 1795000300
				}
			}
		};
		expect(readLearner(JSON.stringify(old))).toEqual({
			kind: 'ok',
			state: {
				...good,
				results: {
					'the-report': {
						slug: 'the-report',
						startedAt: 1795000000,
						attempts: [
							{
								number: 1,
								earned: 3,
								max: 4,
								passed: true,
								finishedAt: 1795000300,
								firstTry: null,
								items: [{ id: 'q1', earned: 1, max: 1, firstTry: null }]
							}
						]
					}
				}
			}
		});
	});
});

describe('merging two tabs’ versions', () => {
	it('keeps a lesson finished in each tab', () => {
		const a = withResult(good, result('the-report', 3, 1795000300));
		const b = withResult({ ...good, results: {} }, result('sovereignty', 4, 1795000400));
		const merged = mergeLearners(a, b);
		expect(Object.keys(merged.results).sort()).toEqual(['sovereignty', 'the-report']);
		expect(mergeLearners(b, a).results).toEqual(merged.results);
	});

	it('keeps every attempt either tab finished, in order, the first opening and the name set last', () => {
		const first = withStarted(
			withResult(good, lesson('the-report', attempt(1, 2, 1795000300), attempt(3, 4, 1795000700))),
			'sovereignty',
			1795000900
		);
		const again = withStarted(
			withName(
				withResult(emptyLearner(), lesson('the-report', attempt(2, 3, 1795000500))),
				'Ana P.',
				1795000600
			),
			'sovereignty',
			1795000100
		);
		const merged = mergeLearners(first, again);
		expect(merged.results['the-report']!.attempts.map((a) => [a.number, a.earned])).toEqual([
			[1, 2],
			[2, 3],
			[3, 4]
		]);
		expect(merged.started).toEqual({ 'the-report': 1795000000, sovereignty: 1795000100 });
		expect([merged.name, merged.namedAt]).toEqual(['Ana P.', 1795000600]);
		// A tab that never knew the name does not blank it.
		expect(mergeLearners(good, emptyLearner()).name).toBe('Ana');
	});

	it('keeps the first submission when both tabs hold a different attempt of one number', () => {
		const a = withResult(emptyLearner(), lesson('x', attempt(1, 1, 1795000300)));
		const b = withResult(emptyLearner(), lesson('x', attempt(1, 4, 1795000900)));
		expect(mergeLearners(a, b).results.x!.attempts.map((t) => t.earned)).toEqual([1]);
		expect(mergeLearners(b, a).results.x!.attempts.map((t) => t.earned)).toEqual([1]);
	});

	it('loses no attempt, whichever versions meet, and merging is order-free and idempotent', () => {
		// Per lesson, the attempt numbers a tab has; an attempt's finish time follows its number.
		const state = fc.dictionary(
			fc.constantFrom('a', 'b', 'c', 'd'),
			fc.uniqueArray(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 5 })
		);
		const make = (r: Record<string, number[]>): LearnerState => ({
			...emptyLearner(),
			results: Object.fromEntries(
				Object.entries(r).map(([slug, numbers]) => [
					slug,
					lesson(
						slug,
						...[...numbers].sort((p, q) => p - q).map((n) => attempt(n, n % 5, 1795000000 + 60 * n))
					)
				])
			)
		});
		fc.assert(
			fc.property(state, state, (x, y) => {
				const [a, b] = [make(x), make(y)];
				const merged = mergeLearners(a, b);
				const slugs = new Set([...Object.keys(x), ...Object.keys(y)]);
				expect(Object.keys(merged.results).sort()).toEqual([...slugs].sort());
				for (const s of slugs) {
					const numbers = [...new Set([...(x[s] ?? []), ...(y[s] ?? [])])].sort((p, q) => p - q);
					expect(merged.results[s]!.attempts.map((t) => t.number)).toEqual(numbers);
				}
				expect(mergeLearners(b, a).results).toEqual(merged.results);
				expect(mergeLearners(merged, a).results).toEqual(merged.results);
			})
		);
	});
});

describe('recording attempts', () => {
	it('adds each new attempt and never replaces one already kept', () => {
		let s = withAttempt(emptyLearner(), 'x', attempt(1, 2, 1795000300), 1795000000);
		s = withAttempt(s, 'x', attempt(2, 4, 1795000600), 1795000000);
		expect(s.results.x!.attempts.map((a) => [a.number, a.earned])).toEqual([
			[1, 2],
			[2, 4]
		]);
		// The quiz reporting attempt 1 again (or starting over from 1 after its progress was cleared).
		const replay = withAttempt(s, 'x', attempt(1, 4, 1795000900), 1795000000);
		expect(replay).toBe(s);
		expect(s.results.x!.startedAt).toBe(1795000000);
	});

	it('keeps the answers’ choices with the quiz’s result', () => {
		const quiz: Quiz = {
			passMark: 50,
			questions: [
				{
					id: 'one',
					kind: 'single',
					prompt: 'P?',
					paragraph: 'p',
					explanation: 'E.',
					level: 'recall',
					options: [
						{ id: 'a', text: 'A' },
						{ id: 'b', text: 'B' }
					],
					answer: 'b'
				},
				{
					id: 'two',
					kind: 'numeric',
					prompt: 'P?',
					paragraph: 'p',
					explanation: 'E.',
					level: 'recall',
					answer: 3
				}
			]
		} as Quiz;
		const r: QuizResult = {
			number: 1,
			mode: 'practice',
			earned: 1,
			max: 2,
			percent: 50,
			passed: true,
			passMark: 50,
			right: 1,
			questions: 2,
			firstTry: { earned: 0, right: 0 },
			items: [
				{ id: 'one', earned: 1, max: 1, status: 'correct', firstTry: 0 },
				{ id: 'two', earned: 0, max: 1, status: 'incorrect', firstTry: 0 }
			]
		};
		const responses = {
			one: { kind: 'single', choice: 'b' },
			two: { kind: 'numeric', value: 4 }
		} as const;
		expect(attemptFrom(r, quiz, responses, 1795000300)).toEqual({
			number: 1,
			earned: 1,
			max: 2,
			passed: true,
			finishedAt: 1795000300,
			firstTry: 0,
			items: [
				{ id: 'one', earned: 1, max: 1, firstTry: 0, pick: 'b' },
				{ id: 'two', earned: 0, max: 1, firstTry: 0 }
			]
		});
		// Answers that cannot be read: the scores are kept, without choices.
		expect(attemptFrom(r, quiz, null, 1795000300).items.every((i) => !('pick' in i))).toBe(true);
	});

	it('puts the first attempt’s questions and at most the cap of attempts in the code', () => {
		const many = lesson(
			'x',
			...Array.from({ length: 25 }, (_, i) => ({
				...attempt(i + 1, i === 0 ? 1 : 3, 1795000000 + i),
				items: [{ id: `from-${i + 1}`, earned: 0, max: 1, firstTry: null }]
			}))
		);
		const r = lessonResult(many);
		expect(r.attempts).toHaveLength(MAX_CODE_ATTEMPTS);
		expect(r.attempts[0]!.number).toBe(1);
		expect(r.attempts.at(-1)!.number).toBe(25);
		expect(r.items.map((i) => i.id)).toEqual(['from-1']);
		expect(r.attempts.every((a) => !('items' in a))).toBe(true);
	});
});

describe('a submitted quiz whose result was not kept (storage full at submit)', () => {
	const quiz: Quiz = {
		passMark: 50,
		questions: [
			{
				id: 'q1',
				kind: 'single',
				prompt: 'P?',
				paragraph: 'p',
				explanation: 'E.',
				level: 'recall',
				options: [
					{ id: 'a', text: 'A' },
					{ id: 'b', text: 'B' }
				],
				answer: 'b'
			},
			{
				id: 'q2',
				kind: 'true-false',
				prompt: 'Q?',
				paragraph: 'p',
				explanation: 'E.',
				level: 'recall',
				answer: true
			}
		]
	};
	const T = 1795000000_000;
	/** A test submitted with q1 right and q2 unanswered, as the progress store keeps it. */
	const submitted = (): QuizRecord => {
		const r = newRecord('test', 1, T);
		const attempt = {
			...r.attempt,
			responses: { q1: { kind: 'single' as const, choice: 'b' } },
			submitted: true
		};
		return {
			attempt,
			history: [
				{
					number: 1,
					mode: 'test',
					earned: 1,
					max: 2,
					percent: 50,
					passed: true,
					right: 1,
					questions: 2,
					firstTry: null,
					finishedAt: T + 120_000
				}
			]
		};
	};
	const score = (a: QuizRecord['attempt']) => quizResult(quiz, a, quiz.passMark);

	it('is made again from the saved answers, with its picks, so a code can be made', () => {
		const s = withRecorded(emptyLearner(), 'l1', submitted(), quiz, score);
		const kept = s.results.l1!;
		expect(kept.startedAt).toBe(T / 1000);
		expect(kept.attempts).toEqual([
			{
				number: 1,
				earned: 1,
				max: 2,
				passed: true,
				finishedAt: T / 1000 + 120,
				firstTry: null,
				items: [
					{ id: 'q1', earned: 1, max: 1, firstTry: null, pick: 'b' },
					{ id: 'q2', earned: 0, max: 1, firstTry: null }
				]
			}
		]);
		expect(lessonResult(kept).items.map((i) => i.id)).toEqual(['q1', 'q2']);
	});

	it('changes nothing when the result is kept, or the quiz is not submitted', () => {
		const once = withRecorded(emptyLearner(), 'l1', submitted(), quiz, score);
		expect(withRecorded(once, 'l1', submitted(), quiz, score)).toBe(once);
		const open = { ...submitted(), attempt: { ...submitted().attempt, submitted: false } };
		expect(withRecorded(emptyLearner(), 'l1', open, quiz, score)).toEqual(emptyLearner());
		expect(withRecorded(emptyLearner(), 'l1', undefined, quiz, score)).toEqual(emptyLearner());
	});
});
