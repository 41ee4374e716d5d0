import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { LessonInfo } from './checks';
import {
	correlation,
	ITEM_ORDERS,
	itemAnalysis,
	keyId,
	MIN_STUDENTS,
	mostMissed,
	separationLevel,
	sortItems,
	withKeys,
	type ItemOrder,
	type KeyedItem,
	type Sheet
} from './items';
import { itemsCsv } from './items-csv';
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

describe('the analysis that teaches: keys, the most chosen wrong answer, first tries, order', () => {
	const sheets: Sheet[] = [
		{ slug: 'a', items: [item('pick', 1, 1, 'x'), item('tf', 1, 1, true)] },
		{ slug: 'a', items: [item('pick', 0, 1, 'y'), item('tf', 0, 1, false)] },
		{ slug: 'a', items: [item('pick', 0, 1, 'y'), item('tf', 1, 1, true)] },
		{ slug: 'a', items: [item('pick', 0, 1, 'z'), item('tf', 1, 1, true)] }
	];
	const keys = new Map([
		[
			keyId('a', 'pick'),
			{ keyed: ['x'], why: 'Ex is right.', ideas: { y: 'Confuses the plan with a strike' } }
		],
		[keyId('a', 'tf'), { keyed: ['true'], why: 'It is true.' }]
	]);

	it('marks the keyed option and names the wrong one most picked, with its idea where given', () => {
		const [l] = withKeys(itemAnalysis(sheets, site), keys);
		const pick = l!.items.find((q) => q.id === 'pick')!;
		expect(pick.options!.map((o) => [o.id, o.keyed, o.count])).toEqual([
			['x', true, 1],
			['y', false, 2],
			['z', false, 1]
		]);
		expect(pick.wrong).toEqual({
			id: 'y',
			text: 'Why',
			count: 2,
			percent: 50,
			idea: 'Confuses the plan with a strike'
		});
		expect(pick.why).toBe('Ex is right.');
		const tf = l!.items.find((q) => q.id === 'tf')!;
		expect(tf.options!.filter((o) => o.keyed).map((o) => o.text)).toEqual(['True']);
		expect(tf.wrong).toMatchObject({ text: 'False', count: 1, percent: 25, idea: null });
		// Not a choice question, or no key known: nothing marked, nothing named.
		const order = l!.items.find((q) => q.id === 'order');
		expect(order).toBeUndefined();
		const [bare] = withKeys(itemAnalysis(sheets, site), new Map());
		expect(bare!.items.every((q) => q.wrong === null && q.why === null)).toBe(true);
		expect(bare!.items.flatMap((q) => q.options ?? []).some((o) => o.keyed)).toBe(false);
	});

	it('names no wrong answer when no one picked one, and the first in order on a tie', () => {
		const right: Sheet[] = [{ slug: 'a', items: [item('pick', 1, 1, 'x')] }];
		expect(withKeys(itemAnalysis(right, site), keys)[0]!.items[0]!.wrong).toBeNull();
		const tie: Sheet[] = [
			{ slug: 'a', items: [item('pick', 0, 1, 'z')] },
			{ slug: 'a', items: [item('pick', 0, 1, 'y')] }
		];
		expect(withKeys(itemAnalysis(tie, site), keys)[0]!.items[0]!.wrong?.id).toBe('y');
	});

	it('counts the first-try facility over the students with first tries only', () => {
		const practice: Sheet[] = [
			{ slug: 'a', items: [{ id: 'ticks', earned: 2, max: 2, firstTry: 1 }] },
			{ slug: 'a', items: [{ id: 'ticks', earned: 2, max: 2, firstTry: 0 }] },
			{ slug: 'a', items: [{ id: 'ticks', earned: 1, max: 2, firstTry: null }] }
		];
		const q = itemAnalysis(practice, site)[0]!.items[0]!;
		expect([q.pointsPercent, q.firstTryPercent, q.firstTryStudents]).toEqual([83, 25, 2]);
		expect(itemAnalysis(sheets, site)[0]!.items[0]!.firstTryPercent).toBeNull();
	});

	it('sorts by facility, discrimination or the wrong answer, ties in the lesson’s order', () => {
		const [l] = withKeys(itemAnalysis(sheets, site), keys);
		const ids = (by: ItemOrder) => sortItems(l!.items, by).map((q) => q.id);
		expect(ids('order')).toEqual(['pick', 'tf']);
		expect(ids('facility')).toEqual(['pick', 'tf']);
		expect(ids('wrong')).toEqual(['pick', 'tf']);
		// Too few students for a correlation: the lesson's order.
		expect(ids('discrimination')).toEqual(['pick', 'tf']);
		const made = (id: string, pointsPercent: number, r: number | null, wrong: number) =>
			({
				...l!.items[0]!,
				id,
				pointsPercent,
				separation: r === null ? { kind: 'same' } : { kind: 'r', r },
				wrong: wrong ? { id: 'y', text: 'Why', count: wrong, percent: 0, idea: null } : null
			}) as KeyedItem;
		const list = [made('a', 80, 0.5, 1), made('b', 20, null, 3), made('c', 50, -0.1, 0)];
		const by = (o: ItemOrder) => sortItems(list, o).map((q) => q.id);
		expect(by('facility')).toEqual(['b', 'c', 'a']);
		expect(by('discrimination')).toEqual(['c', 'a', 'b']);
		expect(by('wrong')).toEqual(['b', 'a', 'c']);
		expect(ITEM_ORDERS).toEqual(['order', 'facility', 'discrimination', 'wrong']);
	});

	it('writes the same in a CSV, one row per question', () => {
		const words = {
			lesson: 'Lesson',
			number: 'Q',
			id: 'Id',
			question: 'Question',
			students: 'Students',
			right: 'Right',
			facility: 'Facility %',
			firstTry: 'First-try facility %',
			discrimination: 'Discrimination',
			key: 'Key',
			wrong: 'Most chosen wrong answer',
			wrongCount: 'Chosen by',
			idea: 'Wrong idea'
		};
		const csv = itemsCsv(withKeys(itemAnalysis(sheets, site), keys), words);
		const rows = csv.trimEnd().split('\r\n');
		expect(rows[0]).toBe(Object.values(words).join(','));
		expect(rows.slice(1)).toEqual([
			'Lesson A,1,pick,Which?,4,1,25,,,Ex,Why,2,Confuses the plan with a strike',
			'Lesson A,3,tf,True?,4,3,75,,,True,False,1,'
		]);
		const ten: Sheet[] = Array.from({ length: MIN_STUDENTS }, (_, i) => ({
			slug: 'a',
			items: [item('pick', i < 5 ? 1 : 0, 1, i < 5 ? 'x' : 'y'), item('order', i < 5 ? 3 : 0, 3)]
		}));
		const [header, first] = itemsCsv(withKeys(itemAnalysis(ten, site), keys), words).split('\r\n');
		expect(header!.split(',')[8]).toBe('Discrimination');
		expect(first!.split(',')[8]).toBe('1');
	});
});
