// The building blocks of every question's schema (valibot), used where content enters: at build
// time. Everything here is built inside functions, and `questionSchema` is marked free of side
// effects, so that lesson and embed pages, which import the kinds' rules but never their schemas,
// do not download valibot (the bundler cannot see that module-level valibot calls are pure).
import * as v from 'valibot';

export interface Choice {
	id: string;
	text: string;
}

/** What a question asks of the reader: to remember, to explain, or to work something out. */
export const LEVELS = ['recall', 'understand', 'analyse'] as const;
export type Level = (typeof LEVELS)[number];

function build() {
	const Id = v.pipe(
		v.string('must be a text id'),
		v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens')
	);
	const Text = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'));
	const Choice = v.strictObject({ id: Id, text: Text });
	/** A list of at least `min` choices. */
	const choices = (min: number, what = 'options') =>
		v.pipe(v.array(Choice, 'must be a list'), v.minLength(min, `needs at least ${min} ${what}`));
	return { Id, Text, Choice, choices };
}
export type Fields = ReturnType<typeof build>;

let built: Fields | undefined;

/**
 * A kind's question schema: the fields every question has, `kind`, and the kind's own fields,
 * which `own` makes from the building blocks.
 */
/* @__NO_SIDE_EFFECTS__ */
export function questionSchema<K extends string, F extends v.ObjectEntries>(
	kind: K,
	own: (fields: Fields) => F
) {
	const f = (built ??= build());
	return v.strictObject({
		id: f.Id,
		prompt: f.Text,
		/** The `{#id}` of the reading's paragraph that this question tests. */
		paragraph: f.Id,
		explanation: f.Text,
		level: v.picklist(LEVELS, `must be one of ${LEVELS.join(', ')}`),
		/**
		 * A transfer question: the lesson's skill used on a short new text written for the question.
		 * `label` says what kind of text it is; `text` is shown above the prompt (a highlight
		 * question's passage is the text itself).
		 */
		invented: v.optional(v.strictObject({ label: f.Text, text: v.optional(f.Text) })),
		kind: v.literal(kind),
		...own(f)
	});
}
