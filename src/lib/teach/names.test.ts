import { describe, expect, it } from 'vitest';
import { nameKey, skeleton } from './names';

describe('names of one student', () => {
	it('reads a name with invisible characters as the same name', () => {
		for (const hidden of ['\u200b', '\u00ad', '\u200d', '\u2060', '\ufeff', '\u200c'])
			expect(nameKey(`A${hidden}na`)).toBe(nameKey('Ana'));
		expect(nameKey('  ANA  ')).toBe(nameKey('Ána'));
	});

	it('gives look-alikes one skeleton (UTS #39): Cyrillic and Greek letters, digits, rn', () => {
		const alike: [string, string][] = [
			['\u0410na', 'Ana'], // Cyrillic А
			['\u0415va', 'Eva'], // Cyrillic Е
			['J\u043ese', 'Jose'], // Cyrillic о
			['\u0420\u0430\u0441o', 'Paco'], // Cyrillic Р, а, с
			['\u039ciguel', 'Miguel'], // Greek Μ
			['Ni\u03bfe', 'Nioe'], // Greek ο
			['B0b', 'Bob'],
			['Kirn', 'Kim'],
			['\uff21na', 'Ana'] // full-width A
		];
		for (const [a, b] of alike) {
			expect(skeleton(a), `${a} / ${b}`).toBe(skeleton(b));
		}
		// …while they are different names to nameKey: flagged as possibly one student, never merged.
		expect(nameKey('\u0410na')).not.toBe(nameKey('Ana'));
	});

	it('keeps different names apart', () => {
		const apart: [string, string][] = [
			['Ana', 'Ann'],
			['Eva', 'Ewa'],
			['Luis', 'Luisa'],
			['Kim', 'Kin']
		];
		for (const [a, b] of apart) expect(skeleton(a)).not.toBe(skeleton(b));
	});
});
