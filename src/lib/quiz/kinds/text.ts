// A short typed answer, compared with the accepted variants after folding (normalize.ts). A minor
// misspelling of an accepted answer is accepted too ("close enough"), unless it is, or is as close
// to, one of the question's known wrong answers (`mistakes`).
import * as v from 'valibot';
import { questionSchema } from '../fields';
import { isString, responseShape, type Guarded } from '../guard';
import { answerKey, misspelling } from '../normalize';
import { duplicates, type Authoring, type Engine, type Problem } from './kind';

export const schema = questionSchema('text', (f) => ({
	answers: v.pipe(v.array(f.Text, 'must be a list'), v.minLength(1, 'needs at least 1 accepted answer')),
	/** Known wrong answers: never accepted, not even as a misspelling of an accepted one. */
	mistakes: v.optional(v.array(f.Text, 'must be a list'))
}));
export type Question = v.InferOutput<typeof schema>;

export const isResponse = responseShape('text', { value: isString });
export type Response = Guarded<typeof isResponse>;

/**
 * How a typed answer compares: `{}` when it is an accepted answer once folded, `{ spelling }` when
 * it misspells the accepted answer `spelling` (normalize.ts), null when it is wrong. A typed answer
 * that folds to a listed mistake, or that could be a misspelling of one as well, is wrong.
 */
export function textMatch(
	q: Pick<Question, 'answers' | 'mistakes'>,
	typed: string
): { spelling?: string } | null {
	const key = answerKey(typed);
	if (q.answers.some((a) => answerKey(a) === key)) return {};
	if ((q.mistakes ?? []).some((m) => answerKey(m) === key || misspelling(typed, m))) return null;
	const spelling = q.answers.find((a) => misspelling(typed, a));
	return spelling === undefined ? null : { spelling };
}

/** The accepted answer a typed answer misspells, for "close enough: the spelling is …", or null. */
export const closeSpelling = (q: Pick<Question, 'answers' | 'mistakes'>, typed: string): string | null =>
	textMatch(q, typed)?.spelling ?? null;

export const engine: Engine<Question, Response> = {
	isResponse,
	answered: (r) => answerKey(r.value) !== '',
	maxPoints: () => 1,
	points: (q, r) => Number(textMatch(q, r.value) !== null),
	key: (q) => ({ kind: 'text', value: q.answers[0]! }),
	describe: (_q, r) => r.value.trim() || null,
	mistake: () => null,
	displayOrder: () => ({ choices: [], passages: [] })
};

const blank = (field: string, list: string[]): Problem[] =>
	list
		.filter((a) => answerKey(a) === '')
		.map((a) => ({ path: field, message: `"${a}" has no letters or digits to compare` }));

export const authoring: Authoring<Question> = {
	problems: (q) => [
		...blank('answers', q.answers),
		...duplicates(q.answers.map(answerKey))
			.filter(Boolean)
			.map((k) => ({
				path: 'answers',
				message: `two accepted answers are the same once case, accents, spaces and punctuation are ignored ("${q.answers.find((a) => answerKey(a) === k)}")`
			})),
		...blank('mistakes', q.mistakes ?? []),
		...(q.mistakes ?? []).flatMap((m, i) => {
			const accepted = q.answers.find((a) => answerKey(a) === answerKey(m));
			return accepted && answerKey(m)
				? [
						{
							path: `mistakes[${i}]`,
							message: `"${m}" is also an accepted answer ("${accepted}") once case, accents, spaces and punctuation are ignored`
						}
					]
				: [];
		})
	],
	sheet: () => [{ type: 'write' }]
};
