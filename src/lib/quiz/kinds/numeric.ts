// A number, right within a tolerance. Typed as text and read with parseNumber, so "225,000",
// "225000" and "225 000" are the same answer.
import * as v from 'valibot';
import { questionSchema } from '../fields';
import { isFiniteNumber, responseShape, type Guarded } from '../guard';
import type { Authoring, Engine } from './kind';

export const schema = questionSchema('numeric', (f) => ({
	answer: v.pipe(v.number('must be a number'), v.finite()),
	tolerance: v.optional(v.pipe(v.number('must be a number'), v.minValue(0, 'must not be negative')), 0),
	unit: v.optional(f.Text)
}));
export type Question = v.InferOutput<typeof schema>;

export const isResponse = responseShape('numeric', { value: isFiniteNumber });
export type Response = Guarded<typeof isResponse>;

export const engine: Engine<Question, Response> = {
	isResponse,
	answered: () => true,
	maxPoints: () => 1,
	points: (q, r) => Number(Math.abs(r.value - q.answer) <= q.tolerance),
	key: (q) => ({ kind: 'numeric', value: q.answer }),
	displayOrder: () => ({ choices: [], passages: [] })
};

export const authoring: Authoring<Question> = {
	problems: () => [],
	sheet: (q) => [{ type: 'write', unit: q.unit }]
};
