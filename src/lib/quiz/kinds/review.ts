// What each kind says once the learner has acted: the response and the key in words (feedback,
// review, teacher copy) and the kind of mistake a wrong first check is (the practice hint). Apart
// from the kinds' modules, whose `engine`s the quiz needs from the start: a module's code all goes
// into one chunk, so only a module of its own lets lesson and embed pages load this with the parts
// that show it (components/quiz/deferred-parts.ts) rather than with the first script.
import type { Kind, Question, QuestionOf, ResponseOf } from './index';
import { ids, type Mistake, type Review, type Words } from './kind';
import { chosen } from './match';
import { inOrder } from './order';
import { formatNumber } from '../numbers';

/** What a ticking answer got right and wrong, for the practice hint. */
export function picks(
	picked: readonly string[],
	right: readonly string[],
	known: readonly string[]
): Mistake {
	const ticked = [...new Set(picked)].filter((id) => known.includes(id));
	return {
		type: 'picks',
		right: ticked.filter((id) => right.includes(id)).length,
		of: right.length,
		wrong: ticked.filter((id) => !right.includes(id)).length
	};
}

const textOf = (list: readonly { id: string; text: string }[], id: string | undefined) =>
	list.find((x) => x.id === id)?.text;

const numberSaid = (q: QuestionOf<'numeric'>, n: number, words: Words) =>
	formatNumber(n, words.numbers) + (q.unit ? ` ${q.unit}` : '');

const review: { [K in Kind]: Review<QuestionOf<K>, ResponseOf<K>> } = {
	single: {
		describe: (q, r) => q.options.find((o) => o.id === r.choice)?.text ?? null,
		mistake: () => null
	},
	multiple: {
		describe(q, r) {
			const texts = q.options.filter((o) => r.choices.includes(o.id)).map((o) => o.text);
			return texts.length ? texts.join('; ') : null;
		},
		mistake: (q, r) => picks(r.choices, q.answer, ids(q.options))
	},
	'true-false': {
		describe: (_q, r, words) => (r.value ? words.true : words.false),
		mistake: () => null
	},
	order: {
		describe(q, r) {
			const texts = r.order.map((id) => q.items.find((i) => i.id === id)?.text).filter(Boolean);
			return texts.length ? texts.join(' → ') : null;
		},
		mistake: (q, r) => ({ type: 'in-order', right: inOrder(q, r.order).size, of: q.items.length })
	},
	match: {
		describe(q, r) {
			const parts = q.pairs
				.filter((p) => chosen(r, p.id))
				.map((p) => `${p.left} → ${q.pairs.find((x) => x.id === chosen(r, p.id))?.right ?? '?'}`);
			return parts.length ? parts.join('; ') : null;
		},
		mistake: (q, r) => ({
			type: 'pairs',
			right: q.pairs.filter((p) => chosen(r, p.id) === p.id).length,
			of: q.pairs.length
		})
	},
	numeric: {
		describe: (q, r, words) => numberSaid(q, r.value, words),
		describeKey: (q, words) =>
			numberSaid(q, q.answer, words) +
			(q.tolerance > 0 ? ` (± ${formatNumber(q.tolerance, words.numbers)})` : ''),
		// "Too high" would turn the question into a guessing game.
		mistake: () => null
	},
	text: {
		describe: (_q, r) => r.value.trim() || null,
		mistake: () => null
	},
	evidence: {
		describe(q, r) {
			const parts = [textOf(q.options, r.choice), textOf(q.passages, r.evidence)].filter(Boolean);
			return parts.length ? parts.join(' — ') : null;
		},
		mistake: (q, r) => (r.choice === q.answer && r.evidence !== q.evidence ? { type: 'evidence' } : null)
	},
	highlight: {
		describe(q, r) {
			const texts = q.passage.filter((p) => r.marked.includes(p.id)).map((p) => `“${p.text}”`);
			return texts.length ? texts.join(', ') : null;
		},
		mistake: (q, r) => picks(r.marked, q.answer, ids(q.passage))
	}
};

/** A question's review rules, typed for that question. */
export const reviewOf = <Q extends Question>(q: Q) =>
	review[q.kind] as unknown as Review<Q, ResponseOf<Q['kind']>>;
