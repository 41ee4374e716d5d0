// The quiz as data: every question kind, discriminated on `kind`, and the learner's responses.
// Pure data and validation (valibot); no DOM, no Svelte. Choices carry ids, never positions.
import * as v from 'valibot';

export const KINDS = [
	'single',
	'multiple',
	'true-false',
	'order',
	'match',
	'numeric',
	'text',
	'evidence'
] as const;
export type Kind = (typeof KINDS)[number];

export const Id = v.pipe(
	v.string('must be a text id'),
	v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens')
);
const Text = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'));
const Choice = v.strictObject({ id: Id, text: Text });

const base = {
	id: Id,
	prompt: Text,
	/** The `{#id}` of the reading's paragraph that this question tests. */
	paragraph: Id,
	explanation: Text
};

export const SingleQuestion = v.strictObject({
	...base,
	kind: v.literal('single'),
	options: v.pipe(v.array(Choice), v.minLength(2, 'needs at least 2 options')),
	answer: Id
});
export const MultipleQuestion = v.strictObject({
	...base,
	kind: v.literal('multiple'),
	options: v.pipe(v.array(Choice), v.minLength(3, 'needs at least 3 options')),
	answer: v.pipe(
		v.array(Id, 'must be a list of option ids'),
		v.minLength(1, 'needs at least 1 correct option')
	)
});
export const TrueFalseQuestion = v.strictObject({
	...base,
	kind: v.literal('true-false'),
	answer: v.boolean('must be true or false')
});
export const OrderQuestion = v.strictObject({
	...base,
	kind: v.literal('order'),
	/** Listed in the correct order; shown shuffled. */
	items: v.pipe(v.array(Choice), v.minLength(3, 'needs at least 3 items'))
});
export const MatchQuestion = v.strictObject({
	...base,
	kind: v.literal('match'),
	pairs: v.pipe(
		v.array(v.strictObject({ id: Id, left: Text, right: Text })),
		v.minLength(3, 'needs at least 3 pairs')
	)
});
export const NumericQuestion = v.strictObject({
	...base,
	kind: v.literal('numeric'),
	answer: v.pipe(v.number('must be a number'), v.finite()),
	tolerance: v.optional(v.pipe(v.number('must be a number'), v.minValue(0, 'must not be negative')), 0),
	unit: v.optional(Text)
});
export const TextQuestion = v.strictObject({
	...base,
	kind: v.literal('text'),
	answers: v.pipe(v.array(Text), v.minLength(1, 'needs at least 1 accepted answer'))
});
export const EvidenceQuestion = v.strictObject({
	...base,
	kind: v.literal('evidence'),
	options: v.pipe(v.array(Choice), v.minLength(2, 'needs at least 2 options')),
	answer: Id,
	evidencePrompt: Text,
	passages: v.pipe(v.array(Choice), v.minLength(2, 'needs at least 2 passages')),
	evidence: Id
});

export const Question = v.variant(
	'kind',
	[
		SingleQuestion,
		MultipleQuestion,
		TrueFalseQuestion,
		OrderQuestion,
		MatchQuestion,
		NumericQuestion,
		TextQuestion,
		EvidenceQuestion
	],
	(issue) => `must be one of ${KINDS.join(', ')} (got ${JSON.stringify(issue.input)})`
);

export const DEFAULT_PASS_MARK = 70;

export const Quiz = v.strictObject({
	/** Percentage needed to pass. */
	passMark: v.optional(
		v.pipe(v.number('must be a number'), v.integer(), v.minValue(0), v.maxValue(100)),
		DEFAULT_PASS_MARK
	),
	questions: v.pipe(v.array(Question), v.minLength(1, 'needs at least 1 question'))
});

export type Question = v.InferOutput<typeof Question>;
export type Quiz = v.InferOutput<typeof Quiz>;
export type QuestionOf<K extends Kind> = Extract<Question, { kind: K }>;
export type Choice = v.InferOutput<typeof Choice>;

/** What a learner has answered, tagged with the kind so a stale response cannot be misread. */
export const Response = v.variant('kind', [
	v.object({ kind: v.literal('single'), choice: v.string() }),
	v.object({ kind: v.literal('multiple'), choices: v.array(v.string()) }),
	v.object({ kind: v.literal('true-false'), value: v.boolean() }),
	v.object({ kind: v.literal('order'), order: v.array(v.string()) }),
	v.object({ kind: v.literal('match'), pairs: v.record(v.string(), v.string()) }),
	v.object({ kind: v.literal('numeric'), value: v.number() }),
	v.object({ kind: v.literal('text'), value: v.string() }),
	v.object({
		kind: v.literal('evidence'),
		choice: v.optional(v.string()),
		evidence: v.optional(v.string())
	})
]);
export type Response = v.InferOutput<typeof Response>;
export type ResponseOf<K extends Kind> = Extract<Response, { kind: K }>;
