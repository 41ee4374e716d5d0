// "Mark the words": a short passage in parts (a word or a phrase each); the learner marks the parts
// that answer the prompt. Scored like ticking boxes: one point per right part marked, minus one per
// wrong part marked, never below zero. At most half the parts may be right (checked when the lesson
// is built), so marking everything earns nothing (docs/authoring.md).
import * as v from 'valibot';
import { questionSchema } from '../fields';
import { isStrings, responseShape, type Guarded } from '../guard';
import { duplicates, ids, repeatedIds, tickPoints, unknownIds, type Authoring, type Engine } from './kind';

export const schema = questionSchema('highlight', (f) => ({
	/** The passage, in order; shown joined with spaces (punctuation belongs to its part). */
	passage: f.choices(3, 'parts'),
	answer: v.pipe(v.array(f.Id, 'must be a list of part ids'), v.minLength(1, 'needs at least 1 part to mark'))
}));
export type Question = v.InferOutput<typeof schema>;

export const isResponse = responseShape('highlight', { marked: isStrings });
export type Response = Guarded<typeof isResponse>;

export const engine: Engine<Question, Response> = {
	isResponse,
	answered: (r) => r.marked.length > 0,
	maxPoints: (q) => q.answer.length,
	points: (q, r) => tickPoints(r.marked, q.answer, ids(q.passage)),
	key: (q) => ({ kind: 'highlight', marked: [...q.answer] }),
	// A passage is read in order: never shuffled.
	displayOrder: (q) => ({ choices: ids(q.passage), passages: [] })
};

export const authoring: Authoring<Question> = {
	problems: (q) => [
		...repeatedIds('passage', q.passage),
		...unknownIds('answer', q.answer, q.passage, 'parts'),
		...duplicates(q.answer).map((a) => ({ path: 'answer', message: `"${a}" is listed twice` })),
		// Marking every part scores right − wrong = 2 × right − parts: nothing only if at most half are right.
		...(new Set(q.answer).size * 2 > q.passage.length
			? [
					{
						path: 'answer',
						message: `${new Set(q.answer).size} of ${q.passage.length} parts are right: at most half may be, or marking every part would score`
					}
				]
			: [])
	],
	sheet: (q) => [
		{ type: 'passage', parts: q.passage.map((p) => ({ text: p.text, key: q.answer.includes(p.id) })) }
	]
};
