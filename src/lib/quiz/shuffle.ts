// Seeded shuffling, so a reload (same saved seed) shows the same order and tests can pin it.
// Pure: no Math.random, no DOM.
import type { Question } from './schema';

/** mulberry32: a tiny, fast 32-bit PRNG; good enough for display order, not for secrets. */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** FNV-1a: turns a question id into a number, so each question gets its own order from one seed. */
export function hashString(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** A shuffled copy (Fisher–Yates); the same items and seed always give the same order. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
	const out = [...items];
	const random = mulberry32(seed);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/** The on-screen order of a question's choices, as ids. */
export interface DisplayOrder {
	/** Options (single, multiple, evidence part A), items (order) or rights (match, by pair id). */
	choices: string[];
	/** Evidence part B: passage ids. */
	passages: string[];
}

function ids(list: readonly { id: string }[]): string[] {
	return list.map((x) => x.id);
}

/** Same ids in the same sequence. */
function same(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * A question's display order for `seed`, or the authored order when `seed` is null (no shuffle,
 * and what the server renders). Order items and match rights are always scrambled, seeded by the
 * question id when there is no seed: authored order would give the answer away. An order
 * question with 3+ items is never shown already solved.
 */
export function displayOrder(q: Question, seed: number | null): DisplayOrder {
	const own = (seed === null ? 0 : seed) ^ hashString(q.id);
	const mix = (list: readonly string[]) => (seed === null ? [...list] : shuffle(list, own));
	switch (q.kind) {
		case 'single':
		case 'multiple':
			return { choices: mix(ids(q.options)), passages: [] };
		case 'evidence':
			return { choices: mix(ids(q.options)), passages: mix(ids(q.passages)) };
		case 'order': {
			const right = ids(q.items);
			let shown = shuffle(right, own);
			// A solved list rotated by one is no longer solved, and still depends only on the seed.
			if (right.length >= 3 && same(shown, right)) shown = [...right.slice(1), right[0]!];
			return { choices: shown, passages: [] };
		}
		case 'match':
			return { choices: shuffle(ids(q.pairs), own), passages: [] };
		default:
			return { choices: [], passages: [] };
	}
}

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
