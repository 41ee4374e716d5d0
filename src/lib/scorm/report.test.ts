import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interactionValues, masteryScore, rawPercent, scoreValues } from './report';

describe('rawPercent', () => {
	it('is the percentage of the points, rounded down to two decimals', () => {
		expect(rawPercent({ earned: 4, max: 20, passed: false, passMark: 70 })).toBe('20');
		expect(rawPercent({ earned: 7, max: 9, passed: true, passMark: 70 })).toBe('77.77');
		expect(rawPercent({ earned: 20, max: 20, passed: true, passMark: 70 })).toBe('100');
		expect(rawPercent({ earned: 0, max: 20, passed: false, passMark: 70 })).toBe('0');
		expect(rawPercent({ earned: 0, max: 0, passed: true, passMark: 0 })).toBe('0');
	});

	it('does not round a near miss up to the pass mark', () => {
		// 69.996 %: the quiz says not passed; 70.00 would pass an LMS that compares with the mastery score.
		expect(rawPercent({ earned: 17499, max: 25000, passed: false, passMark: 70 })).toBe('69.99');
	});

	it("agrees with the quiz's verdict against the mastery score, for any score", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 200 }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.integer({ min: 0, max: 100 }),
				(max, share, passMark) => {
					const earned = Math.round(share * max * 2) / 2;
					// The quiz's own rule (session.result): pass on the exact share.
					const passed = (earned / max) * 100 >= passMark;
					const raw = Number(rawPercent({ earned, max, passed, passMark }));
					expect(raw >= passMark).toBe(passed);
					expect(raw).toBeGreaterThanOrEqual(0);
					expect(raw).toBeLessThanOrEqual(100);
					expect(Math.abs(raw - (earned / max) * 100)).toBeLessThan(0.011);
				}
			)
		);
	});
});

describe('scoreValues', () => {
	it('sets min and max before raw, then the status', () => {
		expect(scoreValues({ earned: 4, max: 20, passed: false, passMark: 70 })).toEqual([
			['cmi.core.score.min', '0'],
			['cmi.core.score.max', '100'],
			['cmi.core.score.raw', '20'],
			['cmi.core.lesson_status', 'failed']
		]);
	});
});

describe('interactionValues', () => {
	it('gives each question an interaction of its SCORM type, its points as weighting and its result', () => {
		expect(
			interactionValues([
				{ id: 'a', kind: 'true-false', earned: 1, max: 1 },
				{ id: 'b', kind: 'order', earned: 0, max: 3 },
				{ id: 'c', kind: 'highlight', earned: 1.5, max: 3 }
			])
		).toEqual([
			['cmi.interactions.0.id', 'a'],
			['cmi.interactions.0.type', 'true-false'],
			['cmi.interactions.0.weighting', '1'],
			['cmi.interactions.0.result', 'correct'],
			['cmi.interactions.1.id', 'b'],
			['cmi.interactions.1.type', 'sequencing'],
			['cmi.interactions.1.weighting', '3'],
			['cmi.interactions.1.result', 'wrong'],
			['cmi.interactions.2.id', 'c'],
			['cmi.interactions.2.type', 'choice'],
			['cmi.interactions.2.weighting', '3'],
			['cmi.interactions.2.result', '1.5']
		]);
	});
});

describe('masteryScore', () => {
	it('reads a percentage and refuses anything else', () => {
		expect(masteryScore('70')).toBe(70);
		expect(masteryScore(' 72.5 ')).toBe(72.5);
		expect(masteryScore('0')).toBe(0);
		for (const bad of ['', 'high', '-5', '101', '1e2', 'NaN']) expect(masteryScore(bad), bad).toBeNull();
	});
});
