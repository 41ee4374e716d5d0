// What a learner chose on a choice question, as a results code carries it, and the options a
// question offers, as the class page counts them. Only the kinds where a choice says something about
// an idea: single choice, true/false, part A of an evidence question, multiple choice and highlight.
// Pure: no DOM.
import type { Question, Response } from '../quiz/kinds';
import type { Pick } from './results-code';

/** The kinds whose picks a code carries. */
export const CHOICE_KINDS = ['single', 'true-false', 'evidence', 'multiple', 'highlight'] as const;
export type ChoiceKind = (typeof CHOICE_KINDS)[number];

export const isChoiceKind = (kind: string): kind is ChoiceKind =>
	(CHOICE_KINDS as readonly string[]).includes(kind);

/** True and false as option ids, so they are counted like any other option. */
export const TRUE_ID = 'true';
export const FALSE_ID = 'false';

/**
 * The learner's pick on `q`, or undefined when `q` is not a choice question or was not answered.
 * Only the question's own options count (an answer saved before the question changed may name
 * others); ticked and marked ids come in the question's order, so equal picks are equal codes.
 */
export function pickOf(q: Question, r: Response | undefined): Pick | undefined {
	if (!r || r.kind !== q.kind) return undefined;
	const inOrder = (ids: readonly string[], options: readonly { id: string }[]) => {
		const chosen = options.filter((o) => ids.includes(o.id)).map((o) => o.id);
		return chosen.length ? chosen : undefined;
	};
	switch (q.kind) {
		case 'single':
			return r.kind === 'single' ? inOrder([r.choice], q.options)?.[0] : undefined;
		case 'true-false':
			return r.kind === 'true-false' ? r.value : undefined;
		case 'evidence':
			return r.kind === 'evidence' && r.choice ? inOrder([r.choice], q.options)?.[0] : undefined;
		case 'multiple':
			return r.kind === 'multiple' ? inOrder(r.choices, q.options) : undefined;
		case 'highlight':
			return r.kind === 'highlight' ? inOrder(r.marked, q.passage) : undefined;
		default:
			return undefined;
	}
}

/** A pick as option ids: true/false become TRUE_ID/FALSE_ID. */
export const pickIds = (pick: Pick): string[] =>
	typeof pick === 'boolean' ? [pick ? TRUE_ID : FALSE_ID] : typeof pick === 'string' ? [pick] : pick;

/** Whether `pick` has the shape `kind` takes: one option (single, evidence), true/false, or a list. */
export function pickFits(kind: ChoiceKind, pick: Pick): boolean {
	if (kind === 'true-false') return typeof pick === 'boolean';
	if (kind === 'multiple' || kind === 'highlight') return Array.isArray(pick);
	return typeof pick === 'string';
}

/**
 * The options of a choice question, in the order the question lists them (part A's for an evidence
 * question, the passage's parts for highlight); null for other kinds. `words` names true and false.
 */
export function optionsOf(
	q: Question,
	words: { true: string; false: string }
): { id: string; text: string }[] | null {
	switch (q.kind) {
		case 'single':
		case 'multiple':
		case 'evidence':
			return q.options.map((o) => ({ id: o.id, text: o.text }));
		case 'highlight':
			return q.passage.map((p) => ({ id: p.id, text: p.text }));
		case 'true-false':
			return [
				{ id: TRUE_ID, text: words.true },
				{ id: FALSE_ID, text: words.false }
			];
		default:
			return null;
	}
}
