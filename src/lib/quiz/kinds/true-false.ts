// A statement, true or false.
import * as v from 'valibot';
import { questionSchema } from '../fields';
import { isBoolean, responseShape, type Guarded } from '../guard';
import type { Authoring, Engine } from './kind';

export const schema = questionSchema('true-false', () => ({
	answer: v.boolean('must be true or false')
}));
export type Question = v.InferOutput<typeof schema>;

export const isResponse = responseShape('true-false', { value: isBoolean });
export type Response = Guarded<typeof isResponse>;

export const engine: Engine<Question, Response> = {
	isResponse,
	answered: () => true,
	maxPoints: () => 1,
	points: (q, r) => Number(r.value === q.answer),
	key: (q) => ({ kind: 'true-false', value: q.answer }),
	// True comes first everywhere: a fixed pair, not options to shuffle.
	displayOrder: () => ({ choices: [], passages: [] })
};

export const authoring: Authoring<Question> = {
	problems: () => [],
	sheet: (q, words) => [
		{
			type: 'choices',
			inline: true,
			items: [
				{ text: words.true, key: q.answer },
				{ text: words.false, key: !q.answer }
			]
		}
	]
};
