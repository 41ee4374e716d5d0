// Match each term (left) with its description (right). One point per term matched rightly.
import * as v from 'valibot';
import { questionSchema } from '../fields';
import { isStringRecord, responseShape, type Guarded } from '../guard';
import { duplicates, ids, repeatedIds, scramble, type Authoring, type Engine } from './kind';

export const schema = questionSchema('match', (f) => ({
	pairs: v.pipe(
		v.array(v.strictObject({ id: f.Id, left: f.Text, right: f.Text }), 'must be a list'),
		v.minLength(3, 'needs at least 3 pairs')
	)
}));
export type Question = v.InferOutput<typeof schema>;

/** `pairs[left pair id]` = the pair id whose right side was chosen. */
export const isResponse = responseShape('match', { pairs: isStringRecord });
export type Response = Guarded<typeof isResponse>;

// Own keys only: a pair id such as "constructor" must not find Object.prototype's.
export const chosen = (r: Response, id: string) => (Object.hasOwn(r.pairs, id) ? r.pairs[id] : undefined);

export const engine: Engine<Question, Response> = {
	isResponse,
	answered: (r) => Object.values(r.pairs).some((p) => p !== ''),
	maxPoints: (q) => q.pairs.length,
	points: (q, r) => q.pairs.filter((p) => chosen(r, p.id) === p.id).length,
	key: (q) => ({ kind: 'match', pairs: Object.fromEntries(q.pairs.map((p) => [p.id, p.id])) }),
	// Rights listed beside their lefts would give the answer away: always scrambled.
	displayOrder: (q, seed) => ({ choices: scramble(ids(q.pairs), seed, q.id), passages: [] })
};

export const authoring: Authoring<Question> = {
	problems: (q) => [
		...repeatedIds('pairs', q.pairs),
		...(['left', 'right'] as const).flatMap((side) =>
			duplicates(q.pairs.map((p) => p[side])).map((text) => ({
				path: 'pairs',
				message: `two pairs have the same ${side} text "${text}"`
			}))
		)
	],
	sheet(q) {
		const rights = scramble(ids(q.pairs), null, q.id);
		return [
			{
				type: 'match',
				lefts: q.pairs.map((p) => ({ text: p.left, letter: rights.indexOf(p.id) })),
				rights: rights.map((id) => q.pairs.find((p) => p.id === id)!.right)
			}
		];
	}
};
