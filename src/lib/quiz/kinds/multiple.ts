// Several right options: tick every one. One point per right option ticked, minus one per wrong
// option ticked, never below zero (docs/authoring.md).
import * as v from 'valibot';
import { questionSchema } from '../fields';
import { isStrings, responseShape, type Guarded } from '../guard';
import {
	duplicates,
	ids,
	mix,
	repeatedIds,
	tickPoints,
	unknownIds,
	type Authoring,
	type Engine
} from './kind';

export const schema = questionSchema('multiple', (f) => ({
	options: f.choices(3),
	answer: v.pipe(
		v.array(f.Id, 'must be a list of option ids'),
		v.minLength(1, 'needs at least 1 correct option')
	)
}));
export type Question = v.InferOutput<typeof schema>;

export const isResponse = responseShape('multiple', { choices: isStrings });
export type Response = Guarded<typeof isResponse>;

export const engine: Engine<Question, Response> = {
	isResponse,
	answered: (r) => r.choices.length > 0,
	maxPoints: (q) => q.answer.length,
	points: (q, r) => tickPoints(r.choices, q.answer, ids(q.options)),
	key: (q) => ({ kind: 'multiple', choices: [...q.answer] }),
	displayOrder: (q, seed) => ({ choices: mix(ids(q.options), seed, q.id), passages: [] })
};

export const authoring: Authoring<Question> = {
	problems: (q) => [
		...repeatedIds('options', q.options),
		...unknownIds('answer', q.answer, q.options, 'options'),
		...duplicates(q.answer).map((a) => ({ path: 'answer', message: `"${a}" is listed twice` })),
		...(new Set(q.answer).size >= q.options.length
			? [{ path: 'answer', message: 'every option is correct, so ticking all would score full marks' }]
			: [])
	],
	sheet: (q) => [
		{ type: 'choices', items: q.options.map((o) => ({ text: o.text, key: q.answer.includes(o.id) })) }
	]
};
