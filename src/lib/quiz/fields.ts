// The building blocks of every question's schema (valibot). Used where content enters, at build
// time: lesson and embed pages import only types from here, so valibot stays out of their scripts.
import * as v from 'valibot';

export const Id = v.pipe(
	v.string('must be a text id'),
	v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens')
);
export const Text = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'));
export const Choice = v.strictObject({ id: Id, text: Text });
export type Choice = v.InferOutput<typeof Choice>;

/** What a question asks of the reader: to remember, to explain, or to work something out. */
export const LEVELS = ['recall', 'understand', 'analyse'] as const;
export type Level = (typeof LEVELS)[number];

/** The fields every question has, whatever its kind. */
export const base = {
	id: Id,
	prompt: Text,
	/** The `{#id}` of the reading's paragraph that this question tests. */
	paragraph: Id,
	explanation: Text,
	level: v.optional(v.picklist(LEVELS, `must be one of ${LEVELS.join(', ')}`)),
	/**
	 * A transfer question: the lesson's skill used on a short new text written for the question.
	 * `label` says what kind of text it is; `text` is shown above the prompt (a highlight question's
	 * passage is the text itself).
	 */
	invented: v.optional(v.strictObject({ label: Text, text: v.optional(Text) }))
};

export const choices = (min: number, what = 'options') =>
	v.pipe(v.array(Choice, 'must be a list'), v.minLength(min, `needs at least ${min} ${what}`));
