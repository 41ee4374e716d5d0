import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { LessonInfo } from './checks';
import { correlation, itemAnalysis, MIN_STUDENTS, mostMissed, separationLevel, type Sheet } from './items';
import type { ItemResult } from './results-code';

const lesson: LessonInfo = {
	slug: 'a',
	title: 'Lesson A',
	questions: [
		{
			id: 'pick',
			prompt: 'Which?',
			kind: 'single',
			max: 1,
			options: [
				{ id: 'x', text: 'Ex' },
				{ id: 'y', text: 'Why' },
				{ id: 'z', text: 'Zed' }
			]
		},
		{
			id: 'ticks',
			prompt: 'Tick?',
			kind: 'multiple',
			max: 2,
			options: [
				{ id: 'p', text: 'P' },
				{ id: 'q', text: 'Q' },
				{ id: 'r', text: 'R' }
			]
		},
		{
			id: 'tf',
			prompt: 'True?',
			kind: 'true-false',
			max: 1,
			options: [
				{ id: 'true', text: 'True' },
				{ id: 'false', text: 'False' }
			]
		},
		{ id: 'order', prompt: 'Order?', kind: 'order', max: 3, options: null }
	]
};
const site = new Map([['a', lesson]]);

const item = (id: string, earned: number, max: number, pick?: ItemResult['pick']): ItemResult =>
	pick === undefined ? { id, earned, max, firstTry: null } : { id, earned, max, firstTry: null, pick };

describe('correlation', () => {
	it('is Pearson’s r, and null when a list does not vary', () => {
		expect(correlation([1, 0, 1, 0], [3, 1, 2, 2])).toBeCloseTo(Math.SQRT1_2, 10);
		expect(correlation([0, 1, 2], [2, 1, 0])).toBeCloseTo(-1, 10);
		expect(correlation([1, 1, 1], [0, 1, 2])).toBeNull();
		expect(correlation([0, 1], [5, 5])).toBeNull();
		expect(correlation([1], [1])).toBeNull();
	});

	it('stays within -1 and 1, and does not change when a list is shifted or scaled', () => {
		const pairs = fc
			.array(fc.tuple(fc.nat({ max: 5 }), fc.nat({ max: 40 })), { minLength: 2, maxLength: 60 })
			.map((p) => [p.map((x) => x[0]), p.map((x) => x[1])] as const);
		fc.assert(
			fc.property(pairs, fc.integer({ min: 1, max: 5 }), ([xs, ys], k) => {
				const r = correlation(xs, ys);
				if (r === null) return;
				expect(Math.abs(r)).toBeLessThanOrEqual(1);
				expect(
					correlation(
						xs.map((x) => x * k + 3),
						ys
					)
				).toBeCloseTo(r, 9);
			})
		);
	});
});

describe('item analysis', () => {
	// Four students' first attempts.
	const four: Sheet[] = [
		{
			slug: 'a',
			items: [
				item('pick', 1, 1, 'x'),
				item('ticks', 2, 2, ['p', 'q']),
				item('tf', 1, 1, true),
				item('order', 3, 3)
			]
		},
		{
			slug: 'a',
			items: [
				item('pick', 0, 1, 'y'),
				item('ticks', 1, 2, ['p', 'r']),
				item('tf', 1, 1, true),
				item('order', 2, 3)
			]
		},
		{
			slug: 'a',
			items: [
				item('pick', 0, 1, 'y'),
				item('ticks', 0, 2, ['r']),
				item('tf', 0, 1, false),
				item('order', 3, 3)
			]
		},
		{
			slug: 'a',
			items: [item('pick', 0, 1), item('ticks', 0, 2), item('tf', 1, 1, true), item('order', 0, 3)]
		}
	];

	it('counts right, points and each option picked, in the question’s order', () => {
		const [stats] = itemAnalysis(four, site);
		expect(stats!.students).toBe(4);
		expect(
			stats!.items.map((q) => [
				q.number,
				q.id,
				q.right,
				q.missed,
				q.rightPercent,
				q.pointsPercent,
				q.noChoice
			])
		).toEqual([
			[1, 'pick', 1, 3, 25, 25, 1],
			[2, 'ticks', 1, 3, 25, 38, 1],
			[3, 'tf', 3, 1, 75, 75, 0],
			[4, 'order', 2, 2, 50, 67, 0]
		]);
		const options = (id: string) =>
			stats!.items.find((q) => q.id === id)!.options?.map((o) => [o.text, o.count]) ?? null;
		// The common wrong idea shows: two of four picked "Why".
		expect(options('pick')).toEqual([
			['Ex', 1],
			['Why', 2],
			['Zed', 0]
		]);
		expect(options('ticks')).toEqual([
			['P', 2],
			['Q', 1],
			['R', 2]
		]);
		expect(options('tf')).toEqual([
			['True', 3],
			['False', 1]
		]);
		expect(options('order')).toBeNull();
	});

	it('says when there are too few students to tell how a question separates', () => {
		const [stats] = itemAnalysis(four, site);
		expect(stats!.items.map((q) => q.separation)).toEqual(
			stats!.items.map(() => ({ kind: 'few', students: 4, needed: MIN_STUDENTS }))
		);
		expect(separationLevel({ kind: 'few', students: 4, needed: MIN_STUDENTS })).toBe('unknown');
	});

	it('correlates each question with the rest of the lesson, from ten students up', () => {
		// Ten students, stronger to weaker by the order question. "pick" goes with the rest: the five
		// strongest get it. "tf" goes against it. Everyone gets "ticks".
		const ten: Sheet[] = Array.from({ length: MIN_STUDENTS }, (_, i) => ({
			slug: 'a',
			items: [
				item('pick', i < 5 ? 1 : 0, 1, i < 5 ? 'x' : 'z'),
				item('ticks', 2, 2, ['p', 'q']),
				item('tf', i < 5 ? 0 : 1, 1, i >= 5),
				item('order', 3 - Math.floor(i / 3), 3)
			]
		}));
		const [stats] = itemAnalysis(ten, site);
		const by = (id: string) => stats!.items.find((q) => q.id === id)!;
		const rest = (id: string) =>
			ten.map((s) => s.items.reduce((n, q) => n + q.earned, 0) - s.items.find((q) => q.id === id)!.earned);
		const own = (id: string) => ten.map((s) => s.items.find((q) => q.id === id)!.earned);
		expect(by('pick').separation).toEqual({ kind: 'r', r: correlation(own('pick'), rest('pick')) });
		const pick = by('pick').separation;
		expect(pick.kind === 'r' ? pick.r : 0).toBeGreaterThan(0.3);
		expect(separationLevel(by('pick').separation)).toBe('good');
		expect(separationLevel(by('tf').separation)).toBe('negative');
		expect(by('ticks').separation).toEqual({ kind: 'same' });
		expect(mostMissed([stats!]).map((q) => [q.id, q.missed])).toEqual([
			['order', 7],
			['pick', 5],
			['tf', 5]
		]);
	});

	it('lists only the questions someone missed, the most missed first', () => {
		const stats = itemAnalysis(four, site);
		expect(mostMissed(stats).map((q) => [q.id, q.missed, q.rightPercent])).toEqual([
			['pick', 3, 25],
			['ticks', 3, 25],
			['order', 2, 50],
			['tf', 1, 75]
		]);
		const perfect = itemAnalysis([four[0]!], site);
		expect(mostMissed(perfect)).toEqual([]);
	});

	it('keeps lessons in the site’s order and leaves out lessons no one sent', () => {
		const b: LessonInfo = { ...lesson, slug: 'b', title: 'Lesson B' };
		const c: LessonInfo = { ...lesson, slug: 'c', title: 'Lesson C' };
		const lessons = new Map([
			['c', c],
			['a', lesson],
			['b', b]
		]);
		const stats = itemAnalysis([{ ...four[0]!, slug: 'b' }, four[1]!], lessons);
		expect(stats.map((s) => [s.lesson, s.students])).toEqual([
			['Lesson A', 1],
			['Lesson B', 1]
		]);
	});

	it('reads levels from the correlation', () => {
		expect(separationLevel({ kind: 'r', r: 0.45 })).toBe('good');
		expect(separationLevel({ kind: 'r', r: 0.25 })).toBe('fair');
		expect(separationLevel({ kind: 'r', r: 0.05 })).toBe('weak');
		expect(separationLevel({ kind: 'r', r: -0.2 })).toBe('negative');
		expect(separationLevel({ kind: 'same' })).toBe('unknown');
	});
});
