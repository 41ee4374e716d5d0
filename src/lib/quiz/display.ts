// The order things are shown in: questions and each question's choices, seeded so a reload shows
// the same order. `seed` null is the authored order: what the server renders, what is printed.
import { engineOf, type Question } from './kinds';
import type { DisplayOrder } from './kinds/kind';
import { shuffle } from './random';

export type { DisplayOrder };

export const displayOrder = (q: Question, seed: number | null): DisplayOrder =>
	engineOf(q).displayOrder(q, seed);

/** The questions in display order: shuffled with the seed, or as authored when it is null. */
export function questionOrder<Q extends { id: string }>(questions: readonly Q[], seed: number | null): Q[] {
	return seed === null ? [...questions] : shuffle(questions, seed);
}

/** `list` in the sequence `order` names; anything `order` misses keeps its place at the end. */
export function arrange<T extends { id: string }>(list: readonly T[], order: readonly string[]): T[] {
	const byId = new Map(list.map((x) => [x.id, x]));
	const out: T[] = [];
	for (const id of order) {
		const x = byId.get(id);
		if (x) {
			out.push(x);
			byId.delete(id);
		}
	}
	return [...out, ...byId.values()];
}
