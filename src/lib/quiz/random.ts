// Seeded randomness, so a reload (same saved seed) shows the same order and tests can pin it.
// Pure: no Math.random, no DOM.

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
