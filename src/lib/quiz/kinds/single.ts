// One right option among several.
import * as v from 'valibot';
import { questionSchema } from '../fields';
import { isString, responseShape, type Guarded } from '../guard';
import { ids, mix, repeatedIds, unknownIds, type Authoring, type Engine } from './kind';

export const schema = questionSchema('single', (f) => ({
	options: f.choices(2),
	answer: f.Id
}));
export type Question = v.InferOutput<typeof schema>;

export const isResponse = responseShape('single', { choice: isString });
export type Response = Guarded<typeof isResponse>;

export const engine: Engine<Question, Response> = {
	isResponse,
	answered: (r) => r.choice !== '',
	maxPoints: () => 1,
	points: (q, r) => Number(r.choice === q.answer),
	key: (q) => ({ kind: 'single', choice: q.answer }),
	displayOrder: (q, seed) => ({ choices: mix(ids(q.options), seed, q.id), passages: [] })
};

export const authoring: Authoring<Question> = {
	problems: (q) => [
		...repeatedIds('options', q.options),
		...unknownIds('answer', [q.answer], q.options, 'options')
	],
	sheet: (q) => [{ type: 'choices', items: q.options.map((o) => ({ text: o.text, key: o.id === q.answer })) }]
};
