// A short typed answer, compared with the accepted variants after folding (normalize.ts). A minor
// misspelling of an accepted answer is accepted too ("close enough": ../close-spelling.ts says
// which spelling), unless it is, or could be a misspelling of, one of the question's known wrong
// answers (`mistakes`).
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

/**
 * The longest typed answer, in characters: a short answer is a few words, and the whole attempt has
 * to fit an LMS's 4,096 characters of saved state (SCORM 1.2 cmi.suspend_data).
 */
export const TEXT_MAX = 120;

export const isResponse = responseShape('text', { value: isString });
export type Response = Guarded<typeof isResponse>;

/**
 * Is a typed answer right: an accepted answer once folded, or a minor misspelling of one
 * (normalize.ts) that is not, and could not be a misspelling of, a listed mistake?
 */
export function accepts(q: Pick<Question, 'answers' | 'mistakes'>, typed: string): boolean {
	const key = answerKey(typed);
	const near = (a: string) => answerKey(a) === key || misspelling(typed, a);
	return q.answers.some((a) => answerKey(a) === key) || (!q.mistakes?.some(near) && q.answers.some(near));
}

export const engine: Engine<Question, Response> = {
	isResponse,
	answered: (r) => answerKey(r.value) !== '',
	maxPoints: () => 1,
	points: (q, r) => Number(accepts(q, r.value)),
	key: (q) => ({ kind: 'text', value: q.answers[0]! }),
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
