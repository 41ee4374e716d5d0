// A short typed answer, compared with the accepted variants after folding (normalize.ts).
import * as v from 'valibot';
import { questionSchema } from '../fields';
import { isString, responseShape, type Guarded } from '../guard';
import { answerKey } from '../normalize';
import { duplicates, type Authoring, type Engine } from './kind';

export const schema = questionSchema('text', (f) => ({
	answers: v.pipe(v.array(f.Text, 'must be a list'), v.minLength(1, 'needs at least 1 accepted answer'))
}));
export type Question = v.InferOutput<typeof schema>;

export const isResponse = responseShape('text', { value: isString });
export type Response = Guarded<typeof isResponse>;

export const engine: Engine<Question, Response> = {
	isResponse,
	answered: (r) => answerKey(r.value) !== '',
	maxPoints: () => 1,
	points: (q, r) => Number(q.answers.some((a) => answerKey(a) === answerKey(r.value))),
	key: (q) => ({ kind: 'text', value: q.answers[0]! }),
	describe: (_q, r) => r.value.trim() || null,
	displayOrder: () => ({ choices: [], passages: [] })
};

export const authoring: Authoring<Question> = {
	problems: (q) => [
		...q.answers
			.filter((a) => answerKey(a) === '')
			.map((a) => ({ path: 'answers', message: `"${a}" has no letters or digits to compare` })),
		...duplicates(q.answers.map(answerKey))
			.filter(Boolean)
			.map((k) => ({
				path: 'answers',
				message: `two accepted answers are the same once case, accents, spaces and punctuation are ignored ("${q.answers.find((a) => answerKey(a) === k)}")`
			}))
	],
	sheet: () => [{ type: 'write' }]
};
