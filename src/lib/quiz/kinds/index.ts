// The one table of question kinds. Adding a kind: write its module beside this file, add it to
// `engines` here, to `schemas` in ../schema.ts, to the components table, the interface strings and
// the test generators; TypeScript reports every table that misses it (docs/adding-a-kind.md).
import type * as v from 'valibot';
import * as evidence from './evidence';
import * as highlight from './highlight';
import type { Engine } from './kind';
import * as match from './match';
import * as multiple from './multiple';
import * as numeric from './numeric';
import * as order from './order';
import * as single from './single';
import * as text from './text';
import * as trueFalse from './true-false';

/** Each kind's module, as types only: lesson pages import engines, never schemas. */
interface Modules {
	single: typeof single;
	multiple: typeof multiple;
	'true-false': typeof trueFalse;
	order: typeof order;
	match: typeof match;
	numeric: typeof numeric;
	text: typeof text;
	evidence: typeof evidence;
	highlight: typeof highlight;
}
export type Kind = keyof Modules;
export type QuestionOf<K extends Kind> = v.InferOutput<Modules[K]['schema']>;
export type ResponseOf<K extends Kind> = Modules[K]['isResponse'] extends (x: unknown) => x is infer R
	? R
	: never;
export type Question = { [K in Kind]: QuestionOf<K> }[Kind];
/** What a learner has answered, tagged with the kind so a stale response cannot be misread. */
export type Response = { [K in Kind]: ResponseOf<K> }[Kind];

export const engines: { [K in Kind]: Engine<QuestionOf<K>, ResponseOf<K>> } = {
	single: single.engine,
	multiple: multiple.engine,
	'true-false': trueFalse.engine,
	order: order.engine,
	match: match.engine,
	numeric: numeric.engine,
	text: text.engine,
	evidence: evidence.engine,
	highlight: highlight.engine
};

export const KINDS = Object.keys(engines) as Kind[];

export const isKind = (x: unknown): x is Kind => typeof x === 'string' && Object.hasOwn(engines, x);

/** A question's engine, typed for that question (TypeScript cannot correlate the two by itself). */
export const engineOf = <Q extends Question>(q: Q) =>
	engines[q.kind] as unknown as Engine<Q, ResponseOf<Q['kind']>>;

/** Is `r` a response of this kind that holds an actual answer? One rule for the quiz and the course page. */
export function isAnswered(kind: Kind, r: unknown): boolean {
	const engine = engines[kind] as Engine<unknown, unknown>;
	return engine.isResponse(r) && engine.answered(r);
}

/** A saved response of any known kind (corrupt or hand-edited data is not). */
export function isResponse(r: unknown): r is Response {
	const kind = (r as { kind?: unknown } | null)?.kind;
	return isKind(kind) && (engines[kind] as Engine<unknown, unknown>).isResponse(r);
}
