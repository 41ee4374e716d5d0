import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { t } from '../i18n';
import {
	checkCode,
	checkLesson,
	CLOCK_SLACK,
	rescore,
	SECONDS_PER_QUESTION,
	type CheckContext,
	type IssueCode,
	type LessonInfo
} from './checks';
import type { LessonResult, Pick, ResultsPayload } from './results-code';

const T0 = 1795000000;
const NOW = T0 + 3600;

const site: LessonInfo = {
	slug: 'a',
	title: 'Lesson A',
	questions: [
		{
			id: 'one',
			prompt: 'One?',
			kind: 'single',
			max: 1,
			options: [
				{ id: 'x', text: 'X' },
				{ id: 'y', text: 'Y' }
			]
		},
		{
			id: 'two',
			prompt: 'Two?',
			kind: 'multiple',
			max: 2,
			options: [
				{ id: 'p', text: 'P' },
				{ id: 'q', text: 'Q' },
				{ id: 'r', text: 'R' }
			]
		},
		{
			id: 'three',
			prompt: 'Three?',
			kind: 'true-false',
			max: 1,
			options: [
				{ id: 'true', text: 'True' },
				{ id: 'false', text: 'False' }
			]
		},
		{ id: 'four', prompt: 'Four?', kind: 'order', max: 3, options: null }
	]
};

const ctx = (over: Partial<CheckContext> = {}): CheckContext => ({
	lessons: new Map([[site.slug, site]]),
	assignment: { lessons: ['a'], passMark: 60, attempts: 2 },
	now: NOW,
	...over
});

/** A possible result: 5 of 7 on the first attempt, 7 of 7 on the second. */
const good = (): LessonResult => ({
	slug: 'a',
	startedAt: T0,
	attempts: [
		{ number: 1, earned: 5, max: 7, passed: true, finishedAt: T0 + 600, firstTry: 4 },
		{ number: 2, earned: 7, max: 7, passed: true, finishedAt: T0 + 900, firstTry: 6 }
	],
	items: [
		{ id: 'one', earned: 1, max: 1, firstTry: 0, pick: 'x' },
		{ id: 'two', earned: 1, max: 2, firstTry: 1, pick: ['p', 'r'] },
		{ id: 'three', earned: 1, max: 1, firstTry: 1, pick: true },
		{ id: 'four', earned: 2, max: 3, firstTry: 2 }
	]
});

const codes = (l: LessonResult) => checkLesson(l, ctx()).map((i) => i.code);

describe('checking a code against the site, the assignment and the clock', () => {
	it('passes a possible result', () => {
		expect(checkLesson(good(), ctx())).toEqual([]);
		// Without the assignment or the site's lessons, only what can be checked is.
		expect(checkLesson(good(), ctx({ assignment: null, lessons: new Map() }))).toEqual([]);
	});

	const cases: [IssueCode, (l: LessonResult) => LessonResult][] = [
		['unknown-lesson', (l) => ({ ...l, slug: 'zzz' })],
		[
			'unknown-question',
			(l) => ({ ...l, items: l.items.map((q, i) => (i === 3 ? { ...q, id: 'five' } : q)) })
		],
		[
			'repeated-question',
			(l) => ({ ...l, items: l.items.map((q, i) => (i === 3 ? { ...q, id: 'one' } : q)) })
		],
		[
			'question-max',
			(l) => ({
				...l,
				items: l.items.map((q, i) => (i === 3 ? { ...q, max: 2, earned: 1, firstTry: 1 } : q)),
				attempts: l.attempts.map((a) => ({ ...a, max: 6, earned: a.earned - 1 }))
			})
		],
		[
			'lesson-max',
			(l) => ({
				...l,
				attempts: [{ ...l.attempts[0]!, earned: 1, max: 1, passed: true }],
				items: [{ id: 'one', earned: 1, max: 1, firstTry: null }]
			})
		],
		['over-max', (l) => ({ ...l, attempts: l.attempts.map((a, i) => (i === 1 ? { ...a, earned: 8 } : a)) })],
		['over-max', (l) => ({ ...l, items: l.items.map((q, i) => (i === 0 ? { ...q, firstTry: 2 } : q)) })],
		[
			'items-total',
			(l) => ({ ...l, attempts: l.attempts.map((a, i) => (i === 0 ? { ...a, earned: 6 } : a)) })
		],
		['unknown-option', (l) => ({ ...l, items: l.items.map((q, i) => (i === 0 ? { ...q, pick: 'z' } : q)) })],
		['unknown-option', (l) => ({ ...l, items: l.items.map((q, i) => (i === 2 ? { ...q, pick: 'x' } : q)) })],
		['unknown-option', (l) => ({ ...l, items: l.items.map((q, i) => (i === 3 ? { ...q, pick: 'x' } : q)) })],
		[
			'passed',
			(l) => ({ ...l, attempts: l.attempts.map((a, i) => (i === 0 ? { ...a, passed: false } : a)) })
		],
		[
			'attempts',
			(l) => ({ ...l, attempts: [...l.attempts, { ...l.attempts[1]!, number: 3, finishedAt: T0 + 1200 }] })
		],
		['repeated-attempt', (l) => ({ ...l, attempts: l.attempts.map((a) => ({ ...a, number: 1 })) })],
		[
			'future',
			(l) => ({ ...l, attempts: l.attempts.map((a, i) => (i === 1 ? { ...a, finishedAt: 4102444800 } : a)) })
		],
		['time-order', (l) => ({ ...l, startedAt: T0 + 700 })],
		[
			'time-order',
			(l) => ({ ...l, attempts: l.attempts.map((a, i) => (i === 1 ? { ...a, finishedAt: T0 + 500 } : a)) })
		]
	];
	for (const [code, make] of cases) {
		it(`flags ${code}, and says why in words`, () => {
			const issues = checkLesson(make(good()), ctx());
			expect(issues.map((i) => i.code)).toContain(code);
			for (const i of issues) expect(t.teach.results.issue(i).length).toBeGreaterThan(15);
		});
	}

	it('flags a lesson the assignment does not include, only when its link is given', () => {
		const other: LessonInfo = { ...site, slug: 'b' };
		const lessons = new Map([
			['a', site],
			['b', other]
		]);
		expect(checkLesson({ ...good(), slug: 'b' }, ctx({ lessons })).map((i) => i.code)).toEqual([
			'not-assigned'
		]);
		expect(checkLesson({ ...good(), slug: 'b' }, ctx({ lessons, assignment: null }))).toEqual([]);
	});

	it('gives a clock a little slack, but not a day', () => {
		const ahead = (s: number) => ({
			...good(),
			attempts: [{ ...good().attempts[0]!, finishedAt: NOW + s }]
		});
		expect(codes(ahead(CLOCK_SLACK - 1))).not.toContain('future');
		expect(codes(ahead(86_400))).toContain('future');
	});

	it('passes by the exact share, as the quiz does', () => {
		// 4 of 7 is 57.1%: not a pass at 57.2, a pass at 57.
		const l: LessonResult = {
			...good(),
			attempts: [{ ...good().attempts[0]!, earned: 4, passed: true }],
			items: good().items.map((q, i) => (i === 3 ? { ...q, earned: 1 } : q))
		};
		const at = (passMark: number) =>
			checkLesson(l, ctx({ assignment: { lessons: ['a'], passMark, attempts: null } })).map((i) => i.code);
		expect(at(57)).toEqual([]);
		expect(at(58)).toEqual(['passed']);
	});

	it('names the numbers in the reason', () => {
		const forged = checkLesson(
			{
				...good(),
				attempts: [{ ...good().attempts[0]!, earned: 1, max: 1 }],
				items: [{ id: 'one', earned: 1, max: 1, firstTry: null }]
			},
			ctx()
		).find((i) => i.code === 'lesson-max')!;
		expect(forged).toMatchObject({ expected: 7, found: 1 });
		expect(t.teach.results.issue(forged)).toBe('Says 1 point was possible; the lesson has 7 points.');
	});

	it('never flags results the quiz could have given', () => {
		// Any points within each question's maximum, any picks among its options, any number of
		// attempts within the limit, finished in order: nothing to flag.
		const item = (q: LessonInfo['questions'][number]) =>
			fc.record({
				earned: fc.nat({ max: q.max }),
				pick: q.options
					? q.kind === 'multiple'
						? fc.subarray(
								q.options.map((o) => o.id),
								{ minLength: 1 }
							)
						: q.kind === 'true-false'
							? fc.boolean()
							: fc.constantFrom(...q.options.map((o) => o.id))
					: fc.constant(undefined)
			});
		const lesson = fc
			.record({
				items: fc.tuple(...site.questions.map(item)),
				more: fc.array(fc.nat({ max: 7 }), { maxLength: 1 }),
				// The first attempt takes at least the floor per question; later ones any time.
				first: fc.integer({ min: site.questions.length * SECONDS_PER_QUESTION, max: 600 }),
				later: fc.array(fc.integer({ min: 0, max: 600 }), { minLength: 2, maxLength: 2 })
			})
			.map(({ first, later, ...rest }) => ({ ...rest, gaps: [first, ...later] }))
			.map(({ items, more, gaps }): LessonResult => {
				const earned = items.reduce((n, i) => n + i.earned, 0);
				const scores = [earned, ...more];
				return {
					slug: 'a',
					startedAt: T0,
					attempts: scores.map((e, i) => ({
						number: i + 1,
						earned: e,
						max: 7,
						passed: (e / 7) * 100 >= 60,
						finishedAt: T0 + gaps.slice(0, i + 1).reduce((a, b) => a + b, 0),
						firstTry: null
					})),
					items: site.questions.map((q, i) => {
						const { earned: e, pick } = items[i]!;
						return pick === undefined
							? { id: q.id, earned: e, max: q.max, firstTry: null }
							: { id: q.id, earned: e, max: q.max, firstTry: null, pick };
					})
				};
			});
		fc.assert(
			fc.property(lesson, (l) => {
				expect(checkLesson(l, ctx())).toEqual([]);
			})
		);
	});

	it('checks every lesson of a code', () => {
		const code: ResultsPayload = {
			version: 2,
			assignment: '0a1b2c3d',
			name: 'Ana',
			lessons: [good(), { ...good(), slug: 'zzz' }]
		};
		expect(checkCode(code, ctx()).map((i) => [i.slug, i.code])).toEqual([
			['zzz', 'not-assigned'],
			['zzz', 'unknown-lesson']
		]);
	});
});

describe('scoring a code again from its picks', () => {
	// The same lesson with its keys, as the class page has it (site.ts).
	const keyed: LessonInfo = {
		...site,
		questions: [
			{ ...site.questions[0]!, key: 'x' },
			{ ...site.questions[1]!, key: ['p', 'q'] },
			{ ...site.questions[2]!, key: true },
			site.questions[3]!,
			{
				id: 'five',
				prompt: 'Five?',
				kind: 'evidence',
				max: 2,
				options: [
					{ id: 'e1', text: 'E1' },
					{ id: 'e2', text: 'E2' }
				],
				key: 'e1'
			}
		]
	};
	const total = 9;
	const kctx = (over: Partial<CheckContext> = {}): CheckContext =>
		ctx({ lessons: new Map([['a', keyed]]), ...over });
	/** An honest first attempt: points as the quiz gives them for these picks. */
	const honest = (): LessonResult => ({
		slug: 'a',
		startedAt: T0,
		attempts: [{ number: 1, earned: 6, max: total, passed: true, finishedAt: T0 + 300, firstTry: null }],
		items: [
			{ id: 'one', earned: 1, max: 1, firstTry: null, pick: 'x' },
			{ id: 'two', earned: 0, max: 2, firstTry: null, pick: ['p', 'r'] },
			{ id: 'three', earned: 0, max: 1, firstTry: null, pick: false },
			{ id: 'four', earned: 3, max: 3, firstTry: null },
			{ id: 'five', earned: 2, max: 2, firstTry: null, pick: 'e1' }
		]
	});
	const issues = (l: LessonResult, c = kctx()) => checkLesson(l, c);
	const codesOf = (l: LessonResult, c = kctx()) => issues(l, c).map((i) => i.code);
	/** `l` with its first attempt's score set to what its questions add up to. */
	const summed = (l: LessonResult): LessonResult => {
		const earned = l.items.reduce((n, q) => n + q.earned, 0);
		return {
			...l,
			attempts: l.attempts.map((a, i) => (i === 0 ? { ...a, earned, passed: earned / a.max >= 0.6 } : a))
		};
	};

	it('scores each kind by the quiz rules', () => {
		const [one, two, three, , five] = keyed.questions;
		expect(rescore(one!, 'x')).toBe(1);
		expect(rescore(one!, 'y')).toBe(0);
		expect(rescore(two!, ['p', 'q'])).toBe(2);
		expect(rescore(two!, ['p'])).toBe(1);
		expect(rescore(two!, ['p', 'r'])).toBe(0);
		expect(rescore(three!, true)).toBe(1);
		expect(rescore(three!, false)).toBe(0);
		expect(rescore(five!, 'e1')).toEqual([1, 2]);
		expect(rescore(five!, 'e2')).toEqual([0]);
		expect(rescore(keyed.questions[3]!, undefined)).toBeNull();
		expect(rescore(site.questions[0]!, 'x')).toBeNull();
	});

	it('passes an honest code', () => {
		expect(issues(honest())).toEqual([]);
	});

	it('flags a forged perfect code whose picks are wrong, with what they are really worth', () => {
		const forged = summed({
			...honest(),
			items: honest().items.map((q) => ({ ...q, earned: q.max }))
		});
		const found = issues(forged).find((i) => i.code === 'rescored');
		expect(found).toEqual({ code: 'rescored', slug: 'a', ids: ['two', 'three'], expected: 6, found: total });
		expect(t.teach.results.issue(found!)).toBe(
			'Its points do not match its choices: scored again with the answer key, the first attempt is worth 6 points, not 9 points (two, three).'
		);
	});

	it('flags choice questions with points and no picks, and says an older code cannot be checked', () => {
		const bare = summed({
			...honest(),
			items: honest().items.map(({ pick: _, ...q }) => ({ ...q, earned: q.max }))
		});
		const found = issues(bare).find((i) => i.code === 'no-picks');
		expect(found?.ids).toEqual(['one', 'two', 'three', 'five']);
		expect(codesOf(bare)).not.toContain('rescored');
		const old = checkCode({ version: 1, assignment: '0a1b2c3d', name: 'Ana', lessons: [bare] }, kctx());
		expect(old.map((i) => i.code)).toContain('old-code');
		expect(old.map((i) => i.code)).not.toContain('no-picks');
		// Unanswered (no pick, no points) is not flagged.
		const blank = summed({
			...honest(),
			items: honest().items.map(({ pick: _, ...q }) => ({ ...q, earned: 0 }))
		});
		expect(issues(blank)).toEqual([]);
	});

	it('flags points an evidence question cannot give for its part A', () => {
		const wrongA = summed({
			...honest(),
			items: honest().items.map((q) => (q.id === 'five' ? { ...q, pick: 'e2' } : q))
		});
		expect(codesOf(wrongA)).toEqual(['impossible-points']);
		const rightAZero = summed({
			...honest(),
			items: honest().items.map((q) => (q.id === 'five' ? { ...q, earned: 0 } : q))
		});
		expect(codesOf(rightAZero)).toEqual(['impossible-points']);
	});

	it('never flags points the quiz gives for the picks', () => {
		const [one, two, three, four, five] = keyed.questions;
		const ids = (q: typeof one) => q!.options!.map((o) => o.id);
		const lesson = fc
			.record({
				one: fc.option(fc.constantFrom(...ids(one)), { nil: undefined }),
				two: fc.option(fc.subarray(ids(two), { minLength: 1 }), { nil: undefined }),
				three: fc.option(fc.boolean(), { nil: undefined }),
				four: fc.nat({ max: four!.max }),
				five: fc.option(fc.constantFrom(...ids(five)), { nil: undefined }),
				partB: fc.boolean()
			})
			.map((r): LessonResult => {
				const points = (q: typeof one, pick: Pick | undefined): number => {
					const p = rescore(q!, pick);
					return Array.isArray(p) ? (p.length > 1 ? (r.partB ? 2 : 1) : 0) : (p ?? 0);
				};
				const item = (q: typeof one, pick: Pick | undefined) =>
					pick === undefined
						? { id: q!.id, earned: 0, max: q!.max, firstTry: null }
						: { id: q!.id, earned: points(q, pick), max: q!.max, firstTry: null, pick };
				return summed({
					...honest(),
					items: [
						item(one, r.one),
						item(two, r.two),
						item(three, r.three),
						{ id: 'four', earned: r.four, max: 3, firstTry: null },
						item(five, r.five)
					]
				});
			});
		fc.assert(
			fc.property(lesson, (l) => {
				expect(issues(l)).toEqual([]);
			})
		);
	});

	it('flags a first attempt faster than the floor per answered question, in the teacher’s words', () => {
		const quick = { ...honest(), attempts: [{ ...honest().attempts[0]!, finishedAt: T0 + 3 }] };
		expect(issues(quick)).toEqual([{ code: 'too-fast', slug: 'a', found: 3, questions: 5 }]);
		expect(t.teach.results.issue(issues(quick)[0]!)).toBe(
			'Finished 5 questions in 3 seconds, too fast to have read them.'
		);
		const zero = { ...quick, attempts: [{ ...quick.attempts[0]!, finishedAt: T0 }] };
		expect(codesOf(zero)).toEqual(['too-fast']);
		const enough = {
			...quick,
			attempts: [{ ...quick.attempts[0]!, finishedAt: T0 + 5 * SECONDS_PER_QUESTION }]
		};
		expect(issues(enough)).toEqual([]);
	});

	it('flags first tries in a test, and first tries that do not add up', () => {
		const tries = (l: LessonResult, each: number[]): LessonResult => ({
			...l,
			attempts: [{ ...l.attempts[0]!, firstTry: each.reduce((a, b) => a + b, 0) }],
			items: l.items.map((q, i) => ({ ...q, firstTry: each[i]! }))
		});
		const practice = tries(honest(), [1, 0, 0, 2, 1]);
		expect(issues(practice)).toEqual([]);
		const test = { lessons: ['a'], passMark: 60, attempts: 2, mode: 'test' as const };
		expect(codesOf(practice, kctx({ assignment: test }))).toEqual(['test-first-tries']);
		expect(issues(honest(), kctx({ assignment: test }))).toEqual([]);
		const inflated = { ...practice, attempts: [{ ...practice.attempts[0]!, firstTry: 9 }] };
		expect(codesOf(inflated)).toEqual(['first-tries']);
		// Right at the first check, so done: it cannot end with fewer points.
		const undone = tries(honest(), [1, 2, 0, 2, 1]);
		expect(codesOf(undone)).toEqual(['first-tries']);
	});
});
