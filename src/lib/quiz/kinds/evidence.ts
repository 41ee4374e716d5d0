// Two parts: an answer (part A), then the passage of the reading that supports it (part B). One
// point for the answer, one more for the passage only when the answer is right: the passage has to
// support the learner's own answer.
import * as v from 'valibot';
import { questionSchema } from '../fields';
import { isString, responseShape, type Guarded } from '../guard';
import { ids, mix, repeatedIds, unknownIds, type Authoring, type Engine } from './kind';

export const schema = questionSchema('evidence', (f) => ({
	options: f.choices(2),
	answer: f.Id,
	evidencePrompt: f.Text,
	passages: f.choices(2, 'passages'),
	evidence: f.Id
}));
export type Question = v.InferOutput<typeof schema>;

export const isResponse = responseShape('evidence', {}, { choice: isString, evidence: isString });
export type Response = Guarded<typeof isResponse>;

export const engine: Engine<Question, Response> = {
	isResponse,
	// Part B alone is not an answer: it supports an answer.
	answered: (r) => r.choice !== undefined && r.choice !== '',
	maxPoints: () => 2,
	points: (q, r) => (r.choice !== q.answer ? 0 : 1 + Number(r.evidence === q.evidence)),
	key: (q) => ({ kind: 'evidence', choice: q.answer, evidence: q.evidence }),
	displayOrder: (q, seed) => ({
		choices: mix(ids(q.options), seed, q.id),
		passages: mix(ids(q.passages), seed, `${q.id}/passages`)
	})
};

export const authoring: Authoring<Question> = {
	problems: (q) => [
		...repeatedIds('options', q.options),
		...repeatedIds('passages', q.passages),
		...unknownIds('answer', [q.answer], q.options, 'options'),
		...unknownIds('evidence', [q.evidence], q.passages, 'passages')
	],
	sheet: (q) => [
		{ type: 'choices', items: q.options.map((o) => ({ text: o.text, key: o.id === q.answer })) },
		{ type: 'note', text: q.evidencePrompt },
		{
			type: 'choices',
			quoted: true,
			items: q.passages.map((p) => ({ text: p.text, key: p.id === q.evidence }))
		}
	]
};
