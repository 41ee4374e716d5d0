import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyLearner, learnerKey, readLearner } from './learner';

describe('the learner state kept in the browser', () => {
	const good = {
		name: 'Ana',
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

	it('reads back what was saved', () => {
		expect(readLearner(JSON.stringify(good))).toEqual(good);
	});

	it('starts fresh from missing, unreadable or hand-edited data, never throwing', () => {
		expect(readLearner(null)).toEqual(emptyLearner());
		expect(readLearner('{')).toEqual(emptyLearner());
		expect(readLearner(JSON.stringify({ ...good, name: '\u0000' }))).toEqual(emptyLearner());
		expect(readLearner(JSON.stringify({ ...good, started: 'x' }))).toEqual(emptyLearner());
		fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => void readLearner(s)));
		fc.assert(fc.property(fc.jsonValue(), (j) => void readLearner(JSON.stringify(j))));
	});

	it('keeps each assignment under its own key', () => {
		expect(learnerKey('0a1b2c3d')).toBe('assignment:0a1b2c3d:learner');
	});
});
