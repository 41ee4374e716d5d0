// What only the build (content checks) and the printed pages need of each kind: a table apart from
// `engines` (index.ts), so the quiz on lesson and embed pages does not carry it.
import * as evidence from './evidence';
import * as highlight from './highlight';
import type { Kind, Question, QuestionOf } from './index';
import type { Authoring } from './kind';
import * as match from './match';
import * as multiple from './multiple';
import * as numeric from './numeric';
import * as order from './order';
import * as single from './single';
import * as text from './text';
import * as trueFalse from './true-false';

const authoring: { [K in Kind]: Authoring<QuestionOf<K>> } = {
	single: single.authoring,
	multiple: multiple.authoring,
	'true-false': trueFalse.authoring,
	order: order.authoring,
	match: match.authoring,
	numeric: numeric.authoring,
	text: text.authoring,
	evidence: evidence.authoring,
	highlight: highlight.authoring
};

/** A question's authoring rules, typed for that question. */
export const authoringOf = <Q extends Question>(q: Q) => authoring[q.kind] as unknown as Authoring<Q>;
