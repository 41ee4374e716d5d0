import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	emptyLearner,
	learnerKey,
	mergeLearners,
	readLearner,
	withName,
	withResult,
	withStarted,
	type LearnerState
} from './learner';
import type { LessonResult } from './results-code';

const result = (slug: string, earned: number, finishedAt: number): LessonResult => ({
	slug,
	earned,
	max: 4,
	passed: earned >= 3,
	questions: [{ id: 'q1', earned: 1, max: 1 }],
	startedAt: 1795000000,
	finishedAt
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

describe('merging two tabs’ versions', () => {
	it('keeps a lesson finished in each tab', () => {
		const a = withResult(good, result('the-report', 3, 1795000300));
		const b = withResult({ ...good, results: {} }, result('sovereignty', 4, 1795000400));
		const merged = mergeLearners(a, b);
		expect(Object.keys(merged.results).sort()).toEqual(['sovereignty', 'the-report']);
		expect(mergeLearners(b, a).results).toEqual(merged.results);
	});

	it('keeps the later finish of one lesson, the first opening and the name set last', () => {
		const first = withStarted(
			withResult(good, result('the-report', 2, 1795000300)),
			'sovereignty',
			1795000900
		);
		const again = withStarted(
			withName(withResult(emptyLearner(), result('the-report', 4, 1795000500)), 'Ana P.', 1795000600),
			'sovereignty',
			1795000100
		);
		const merged = mergeLearners(first, again);
		expect(merged.results['the-report']!.earned).toBe(4);
		expect(merged.started).toEqual({ 'the-report': 1795000000, sovereignty: 1795000100 });
		expect([merged.name, merged.namedAt]).toEqual(['Ana P.', 1795000600]);
		// A tab that never knew the name does not blank it.
		expect(mergeLearners(good, emptyLearner()).name).toBe('Ana');
	});

	it('loses no lesson, whichever versions meet', () => {
		const state = fc.record({
			results: fc.dictionary(
				fc.constantFrom('a', 'b', 'c', 'd', 'e'),
				fc.nat(1000).map((t) => t)
			)
		});
		fc.assert(
			fc.property(state, state, (x, y) => {
				const make = (r: Record<string, number>): LearnerState => ({
					...emptyLearner(),
					results: Object.fromEntries(Object.entries(r).map(([s, t]) => [s, result(s, 1, t)]))
				});
				const merged = mergeLearners(make(x.results), make(y.results));
				const slugs = new Set([...Object.keys(x.results), ...Object.keys(y.results)]);
				expect(Object.keys(merged.results).sort()).toEqual([...slugs].sort());
				for (const s of slugs) {
					expect(merged.results[s]!.finishedAt).toBe(Math.max(x.results[s] ?? 0, y.results[s] ?? 0));
				}
			})
		);
	});
});
