// Put items in order (a timeline, the steps of a process). Items are authored in the right order
// and always shown scrambled. Credit: the longest run of items in the right relative order, minus
// one: one point for each item that follows on from the one before it in that run, so a list with
// one item out of place loses one point, and the key earns items − 1 (docs/authoring.md).
import * as v from 'valibot';
import { questionSchema } from '../fields';
import { isStrings, responseShape, type Guarded } from '../guard';
import { hashString, shuffle } from '../random';
import { ids, repeatedIds, type Authoring, type Engine } from './kind';

export const schema = questionSchema('order', (f) => ({
	/** Listed in the correct order; shown scrambled. */
	items: f.choices(3, 'items')
}));
export type Question = v.InferOutput<typeof schema>;

export const isResponse = responseShape('order', { order: isStrings });
export type Response = Guarded<typeof isResponse>;

/**
 * The ids of one longest run of items in the right relative order (a longest increasing
 * subsequence of their right positions). Ids the question does not have are left out.
 */
export function inOrder(q: Question, order: readonly string[]): Set<string> {
	const right = ids(q.items);
	const given = [...new Set(order)].filter((id) => right.includes(id));
	const place = given.map((id) => right.indexOf(id));
	// length[i]: the longest run ending at i; from[i]: the item before it in that run.
	const length = place.map(() => 1);
	const from = place.map(() => -1);
	let end = -1;
	for (let i = 0; i < place.length; i++) {
		for (let j = 0; j < i; j++) {
			if (place[j]! < place[i]! && length[j]! + 1 > length[i]!) {
				length[i] = length[j]! + 1;
				from[i] = j;
			}
		}
		if (end < 0 || length[i]! > length[end]!) end = i;
	}
	const run = new Set<string>();
	for (let i = end; i >= 0; i = from[i]!) run.add(given[i]!);
	return run;
}

/** Scrambled with few items already in sequence, so leaving the list as shown earns little. */
function scrambled(q: Question, seed: number | null): string[] {
	const right = ids(q.items);
	const own = (seed ?? 0) ^ hashString(q.id);
	let best = shuffle(right, own);
	for (let k = 1; k < 8; k++) {
		const next = shuffle(right, own + k);
		if (inOrder(q, next).size < inOrder(q, best).size) best = next;
	}
	// Never shown solved (with three items all eight tries could be): rotated by one, it is not.
	return inOrder(q, best).size === right.length ? [...best.slice(1), best[0]!] : best;
}

export const engine: Engine<Question, Response> = {
	isResponse,
	answered: (r) => r.order.length > 0,
	maxPoints: (q) => q.items.length - 1,
	points: (q, r) => Math.max(0, inOrder(q, r.order).size - 1),
	key: (q) => ({ kind: 'order', order: ids(q.items) }),
	// The authored order is the answer: scrambled even where other kinds keep it (print, no JS).
	displayOrder: (q, seed) => ({ choices: scrambled(q, seed), passages: [] })
};

export const authoring: Authoring<Question> = {
	problems: (q) => repeatedIds('items', q.items),
	sheet: (q) => [
		{
			type: 'order',
			items: scrambled(q, null).map((id) => ({
				text: q.items.find((i) => i.id === id)!.text,
				place: ids(q.items).indexOf(id) + 1
			}))
		}
	]
};
