// fast-check generators, for property tests only: schema-valid questions of every kind (unique
// ids, answers that point at real choices) and, for each question, responses of its own kind —
// the key, the key changed a little, and arbitrary ones — so properties meet right, partly right
// and wrong answers alike (score.property.test.ts checks the mix). One table per kind: a kind
// missing here fails the type check.
import fc from 'fast-check';
import { KINDS, type Kind, type Question, type QuestionOf, type Response, type ResponseOf } from './kinds';
import { answerKey } from './normalize';

export const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/);
const text = fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.trim() || 'x');
const word = fc.stringMatching(/^[A-Za-z][a-z]{1,8}( [a-z]{1,6})?$/);

/** `min`..`max` distinct ids. */
const ids = (min: number, max: number) => fc.uniqueArray(id, { minLength: min, maxLength: max });
const choices = (min: number, max: number) =>
	ids(min, max).chain((list) =>
		fc
			.array(text, { minLength: list.length, maxLength: list.length })
			.map((texts) => list.map((id, i) => ({ id, text: texts[i]! })))
	);

const base = fc.record({
	id,
	prompt: text,
	paragraph: id,
	explanation: text,
	level: fc.constantFrom('recall' as const, 'understand' as const, 'analyse' as const)
});

/** A subset of `list` that is neither empty nor all of it. */
const someButNotAll = <T>(list: readonly T[]) =>
	fc.subarray([...list], { minLength: 1, maxLength: list.length - 1 });

export const questionOf: { [K in Kind]: fc.Arbitrary<QuestionOf<K>> } = {
	single: fc
		.tuple(base, choices(2, 6))
		.chain(([b, options]) =>
			fc.constantFrom(...options).map((o) => ({ ...b, kind: 'single' as const, options, answer: o.id }))
		),
	multiple: fc.tuple(base, choices(3, 7)).chain(([b, options]) =>
		someButNotAll(options).map((right) => ({
			...b,
			kind: 'multiple' as const,
			options,
			answer: right.map((o) => o.id)
		}))
	),
	'true-false': fc
		.tuple(base, fc.boolean())
		.map(([b, answer]) => ({ ...b, kind: 'true-false' as const, answer })),
	order: fc.tuple(base, choices(3, 7)).map(([b, items]) => ({ ...b, kind: 'order' as const, items })),
	match: fc.tuple(base, ids(3, 6)).chain(([b, list]) =>
		fc.array(fc.tuple(text, text), { minLength: list.length, maxLength: list.length }).map((sides) => ({
			...b,
			kind: 'match' as const,
			// Distinct texts on each side, as the match kind's integrity check requires.
			pairs: list.map((id, i) => ({ id, left: `${sides[i]![0]} ${i}`, right: `${sides[i]![1]} ${i}` }))
		}))
	),
	numeric: fc
		.tuple(
			base,
			fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
			fc.oneof(fc.constant(0), fc.double({ noNaN: true, min: 0, max: 1e6 })),
			fc.option(text, { nil: undefined })
		)
		.map(([b, answer, tolerance, unit]) => ({ ...b, kind: 'numeric' as const, answer, tolerance, unit })),
	text: fc
		.tuple(base, fc.uniqueArray(word, { minLength: 1, maxLength: 4, selector: answerKey }))
		.map(([b, answers]) => ({ ...b, kind: 'text' as const, answers })),
	evidence: fc
		.tuple(base, choices(2, 5), choices(2, 5), text)
		.chain(([b, options, passages, evidencePrompt]) =>
			fc.tuple(fc.constantFrom(...options), fc.constantFrom(...passages)).map(([o, p]) => ({
				...b,
				kind: 'evidence' as const,
				options,
				answer: o.id,
				evidencePrompt,
				passages,
				evidence: p.id
			}))
		),
	// At most half the parts right, as the content check requires.
	highlight: fc.tuple(base, choices(3, 12)).chain(([b, passage]) =>
		fc.subarray(passage, { minLength: 1, maxLength: Math.floor(passage.length / 2) }).map((right) => ({
			...b,
			kind: 'highlight' as const,
			passage,
			answer: right.map((p) => p.id)
		}))
	)
};

export const question: fc.Arbitrary<Question> = fc.oneof(
	...KINDS.map((k) => questionOf[k] as fc.Arbitrary<Question>)
);

/** Ticked boxes: the key, the key with one box more or fewer, or any boxes (unknown ids too). */
const ticks = (all: string[], right: string[]) =>
	fc.oneof(
		fc.constant(right),
		fc.constantFrom(...right).map((drop) => right.filter((x) => x !== drop)),
		fc.constantFrom(...all).map((add) => [...new Set([...right, add])]),
		fc.subarray(all),
		fc.array(fc.oneof(fc.constantFrom(...all), id), { maxLength: 8 })
	);

/** Swaps two neighbours of a list (at `i`, wrapping). */
const swapAt = (list: readonly string[], i: number) => {
	const out = [...list];
	const a = i % out.length;
	const b = (a + 1) % out.length;
	[out[a], out[b]] = [out[b]!, out[a]!];
	return out;
};

/** Responses of the question's own kind, many built from the key. */
export const responseOf: { [K in Kind]: (q: QuestionOf<K>) => fc.Arbitrary<ResponseOf<K>> } = {
	single: (q) =>
		fc
			.oneof(fc.constant(q.answer), fc.constantFrom(...q.options.map((o) => o.id)), id)
			.map((choice) => ({ kind: 'single', choice })),
	multiple: (q) =>
		ticks(
			q.options.map((o) => o.id),
			q.answer
		).map((choices) => ({ kind: 'multiple', choices })),
	'true-false': () => fc.boolean().map((value) => ({ kind: 'true-false', value })),
	order: (q) => {
		const right = q.items.map((i) => i.id);
		return fc
			.oneof(
				fc.constant(right),
				fc.nat().map((i) => swapAt(right, i)),
				fc.shuffledSubarray(right, { minLength: right.length }),
				fc.array(fc.oneof(fc.constantFrom(...right), id), { minLength: 1, maxLength: 8 })
			)
			.map((order) => ({ kind: 'order', order }));
	},
	match: (q) => {
		const right = q.pairs.map((p) => p.id);
		const key = Object.fromEntries(right.map((x) => [x, x]));
		return fc
			.oneof(
				fc.constant(key),
				fc.nat().map((i) => Object.fromEntries(right.map((x, j) => [x, swapAt(right, i)[j]!]))),
				fc.dictionary(fc.constantFrom(...right), fc.oneof(fc.constantFrom(...right), fc.constant('')), {
					minKeys: 1
				})
			)
			.map((pairs) => ({ kind: 'match', pairs }));
	},
	numeric: (q) =>
		fc
			.oneof(
				fc.constant(q.answer),
				fc.double({ min: -1, max: 1, noNaN: true }).map((f) => q.answer + f * q.tolerance),
				fc.double({ min: 1.01, max: 100, noNaN: true }).map((f) => q.answer + f * (q.tolerance + 1)),
				fc.double({ noNaN: true, noDefaultInfinity: true })
			)
			.filter(Number.isFinite)
			.map((value) => ({ kind: 'numeric', value })),
	text: (q) =>
		fc
			.oneof(
				// Accepted answers as people type them: other case, extra spaces and punctuation.
				fc
					.tuple(fc.constantFrom(...q.answers), fc.boolean(), fc.constantFrom('', ' ', '.', '!'))
					.map(([a, upper, end]) => ` ${upper ? a.toUpperCase() : a.toLowerCase()}${end} `),
				fc.string(),
				word
			)
			.map((value) => ({ kind: 'text', value })),
	evidence: (q) => {
		const options = q.options.map((o) => o.id);
		const passages = q.passages.map((p) => p.id);
		return fc
			.oneof(
				fc.constant({ choice: q.answer, evidence: q.evidence }),
				fc.constantFrom(...passages).map((evidence) => ({ choice: q.answer, evidence })),
				fc.record(
					{ choice: fc.oneof(fc.constantFrom(...options), id), evidence: fc.constantFrom(...passages) },
					{ requiredKeys: [] }
				)
			)
			.map((r) => ({ kind: 'evidence', ...r }));
	},
	highlight: (q) =>
		ticks(
			q.passage.map((p) => p.id),
			q.answer
		).map((marked) => ({ kind: 'highlight', marked }))
};

/** A response of the question's own kind. */
export const responseFor = <Q extends Question>(q: Q): fc.Arbitrary<Response> =>
	(responseOf[q.kind] as (q: Q) => fc.Arbitrary<Response>)(q);

/** A question with a response of its own kind. */
export const answered: fc.Arbitrary<[Question, Response]> = question.chain((q) =>
	fc.tuple(fc.constant(q), responseFor(q))
);

/** Anything at all, dressed up as a response: what corrupt saved data could hold. */
export const junk = fc.oneof(
	fc.anything(),
	fc.record(
		{
			kind: fc.constantFrom<string>(...KINDS, 'nope'),
			choice: fc.anything(),
			choices: fc.anything(),
			value: fc.anything(),
			order: fc.anything(),
			pairs: fc.anything(),
			evidence: fc.anything(),
			marked: fc.anything()
		},
		{ requiredKeys: ['kind'] }
	)
) as fc.Arbitrary<unknown>;
