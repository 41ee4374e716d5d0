// fast-check generators of schema-valid questions (unique ids, answers that point at real
// choices) and of responses, well-formed or not. For property tests only.
import fc from 'fast-check';
import type { Kind, Question, Response } from './schema';

export const KIND_LIST: Kind[] = [
	'single',
	'multiple',
	'true-false',
	'order',
	'match',
	'numeric',
	'text',
	'evidence'
];

export const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/);
const text = fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.trim() || 'x');

/** `min`..`max` distinct ids. */
const ids = (min: number, max: number) => fc.uniqueArray(id, { minLength: min, maxLength: max });
const choices = (min: number, max: number) =>
	ids(min, max).chain((list) =>
		fc
			.array(text, { minLength: list.length, maxLength: list.length })
			.map((texts) => list.map((id, i) => ({ id, text: texts[i]! })))
	);

const base = fc.record({ id, prompt: text, paragraph: id, explanation: text });

export const questionOf: { [K in Kind]: fc.Arbitrary<Extract<Question, { kind: K }>> } = {
	single: fc
		.tuple(base, choices(2, 6))
		.chain(([b, options]) =>
			fc.constantFrom(...options).map((o) => ({ ...b, kind: 'single' as const, options, answer: o.id }))
		),
	multiple: fc
		.tuple(base, choices(3, 7))
		.chain(([b, options]) =>
			fc
				.subarray(options, { minLength: 1, maxLength: options.length - 1 })
				.map((right) => ({ ...b, kind: 'multiple' as const, options, answer: right.map((o) => o.id) }))
		),
	'true-false': fc
		.tuple(base, fc.boolean())
		.map(([b, answer]) => ({ ...b, kind: 'true-false' as const, answer })),
	order: fc.tuple(base, choices(3, 7)).map(([b, items]) => ({ ...b, kind: 'order' as const, items })),
	match: fc.tuple(base, ids(3, 6)).chain(([b, list]) =>
		fc.tuple(...list.map(() => fc.tuple(text, text))).map((sides) => ({
			...b,
			kind: 'match' as const,
			// Distinct texts on each side, as integrity.ts requires.
			pairs: list.map((id, i) => ({ id, left: `${sides[i]![0]} ${i}`, right: `${sides[i]![1]} ${i}` }))
		}))
	),
	numeric: fc
		.tuple(
			base,
			fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
			fc.double({ noNaN: true, min: 0, max: 1e6 }),
			fc.option(text, { nil: undefined })
		)
		.map(([b, answer, tolerance, unit]) => ({ ...b, kind: 'numeric' as const, answer, tolerance, unit })),
	text: fc
		.tuple(base, fc.array(text, { minLength: 1, maxLength: 4 }))
		.map(([b, answers]) => ({ ...b, kind: 'text' as const, answers: answers.map((a) => `${a}z`) })),
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
		)
};

export const question: fc.Arbitrary<Question> = fc.oneof(
	...KIND_LIST.map((k) => questionOf[k] as fc.Arbitrary<Question>)
);

/** Well-formed responses of every kind, with ids drawn from the question's own and unknown ones. */
export function responseFor(q: Question): fc.Arbitrary<Response> {
	const known = [
		...('options' in q ? q.options.map((o) => o.id) : []),
		...(q.kind === 'order' ? q.items.map((i) => i.id) : []),
		...(q.kind === 'match' ? q.pairs.map((p) => p.id) : []),
		...(q.kind === 'evidence' ? q.passages.map((p) => p.id) : [])
	];
	const anyId = known.length
		? fc.oneof(fc.constantFrom(...known), id, fc.string())
		: fc.oneof(id, fc.string());
	return fc.oneof(
		anyId.map((choice) => ({ kind: 'single' as const, choice })),
		fc.array(anyId, { maxLength: 8 }).map((choices) => ({ kind: 'multiple' as const, choices })),
		fc.boolean().map((value) => ({ kind: 'true-false' as const, value })),
		fc
			.oneof(
				fc.array(anyId, { maxLength: 8 }),
				q.kind === 'order'
					? fc.shuffledSubarray(
							q.items.map((i) => i.id),
							{ minLength: q.items.length }
						)
					: fc.constant<string[]>([])
			)
			.map((order) => ({ kind: 'order' as const, order })),
		fc.dictionary(anyId, anyId, { maxKeys: 8 }).map((pairs) => ({ kind: 'match' as const, pairs })),
		fc
			.oneof(fc.double(), fc.constant(q.kind === 'numeric' ? q.answer : 0))
			.map((value) => ({ kind: 'numeric' as const, value })),
		fc
			.oneof(fc.string(), fc.constantFrom(...(q.kind === 'text' ? q.answers : [''])))
			.map((value) => ({ kind: 'text' as const, value })),
		fc
			.record({
				choice: fc.option(anyId, { nil: undefined }),
				evidence: fc.option(anyId, { nil: undefined })
			})
			.map((r) => ({ kind: 'evidence' as const, ...r }))
	);
}

/** Anything at all, dressed up as a response: what corrupt saved data could hold. */
export const junk = fc.oneof(
	fc.anything(),
	fc.record(
		{
			kind: fc.constantFrom<string>(...KIND_LIST, 'nope'),
			choice: fc.anything(),
			choices: fc.anything(),
			value: fc.anything(),
			order: fc.anything(),
			pairs: fc.anything(),
			evidence: fc.anything()
		},
		{ requiredKeys: ['kind'] }
	)
) as fc.Arbitrary<Response>;
