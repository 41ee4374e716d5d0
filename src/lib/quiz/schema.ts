// The quiz as data: every question kind, discriminated on `kind`, checked where content enters (at
// build time). Each kind's own schema lives in its module (kinds/); this file puts them together.
import * as v from 'valibot';
import type { Kind, Question as QuestionData, QuestionOf } from './kinds';
import * as evidence from './kinds/evidence';
import * as highlight from './kinds/highlight';
import * as match from './kinds/match';
import * as multiple from './kinds/multiple';
import * as numeric from './kinds/numeric';
import * as order from './kinds/order';
import * as single from './kinds/single';
import * as text from './kinds/text';
import * as trueFalse from './kinds/true-false';

export type { Kind, QuestionOf, Response, ResponseOf } from './kinds';
export { KINDS } from './kinds';
export type Question = QuestionData;
export type { Choice, Level } from './fields';
export { LEVELS } from './fields';

/** Each kind's schema, checked where content enters (at build time). */
const schemas: { [K in Kind]: v.GenericSchema<unknown, QuestionOf<K>> } = {
	single: single.schema,
	multiple: multiple.schema,
	'true-false': trueFalse.schema,
	order: order.schema,
	match: match.schema,
	numeric: numeric.schema,
	text: text.schema,
	evidence: evidence.schema,
	highlight: highlight.schema
};

const kindNames = Object.keys(schemas).join(', ');

export const Question = v.variant(
	'kind',
	Object.values(schemas) as (typeof single)['schema'][],
	(issue) => `must be one of ${kindNames} (got ${JSON.stringify(issue.input)})`
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

export type Quiz = Omit<v.InferOutput<typeof Quiz>, 'questions'> & { questions: QuestionData[] };
