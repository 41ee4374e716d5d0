import { describe, expect, it } from 'vitest';
import { buildGlossary, letterOf, termAnchor, termKey, type GlossaryLesson } from './glossary';

const EN = { alphabet: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', other: '#', locale: 'en' };
const ES = { alphabet: 'ABCDEFGHIJKLMNÑOPQRSTUVWXYZ', other: '#', locale: 'es' };

const lesson = (slug: string, terms: [string, string][]): GlossaryLesson => ({
	slug,
	title: `Lesson ${slug}`,
	terms: terms.map(([term, paragraph]) => ({ term, definition: `${term} means…`, paragraph }))
});

describe('termKey', () => {
	it('is the same for a term whatever its case, accents, spacing or punctuation', () => {
		const key = termKey('Unilateral action');
		for (const variant of [
			'unilateral action',
			'UNILATERAL  ACTION',
			' Unilateral-action ',
			'Unilátéral action'
		])
			expect(termKey(variant)).toBe(key);
		expect(termKey('Unilateral')).not.toBe(key);
	});

	it('makes plain anchors', () => {
		expect(termAnchor('Operational preparation of the battlespace')).toBe(
			'term-operational-preparation-of-the-battlespace'
		);
		expect(termAnchor('Self-defence')).toBe('term-self-defence');
		expect(termAnchor('Soberanía')).toBe('term-soberania');
	});
});

describe('letterOf', () => {
	it('files a term under its first letter, accents folded unless the alphabet has the letter', () => {
		expect(letterOf('covert', EN.alphabet)).toBe('C');
		expect(letterOf('Élite', EN.alphabet)).toBe('E');
		expect(letterOf('Ñandú', ES.alphabet)).toBe('Ñ');
		expect(letterOf('Ñandú', EN.alphabet)).toBe('N');
		expect(letterOf('9/11', EN.alphabet)).toBeUndefined();
	});
});

describe('buildGlossary', () => {
	const course = [
		lesson('one', [
			['Unnamed source', 'sources'],
			['Unilateral action', 'joint']
		]),
		lesson('two', [
			['unilateral ACTION', 'with-or-without'],
			['Consent', 'consent']
		]),
		lesson('three', [
			['Unilatéral action', 'recap'],
			['9/11', 'history']
		])
	];
	const glossary = buildGlossary(course, EN);
	const entries = glossary.sections.flatMap((s) => s.entries);

	it('has one entry per term, linking to the paragraph of every lesson that uses it', () => {
		expect(entries.map((e) => e.term)).toEqual(['Consent', 'Unilateral action', 'Unnamed source', '9/11']);
		expect(entries.find((e) => e.term === 'Unilateral action')).toEqual({
			term: 'Unilateral action',
			anchor: 'term-unilateral-action',
			definition: 'Unilateral action means…',
			usedIn: [
				{ slug: 'one', title: 'Lesson one', paragraph: 'joint' },
				{ slug: 'two', title: 'Lesson two', paragraph: 'with-or-without' },
				{ slug: 'three', title: 'Lesson three', paragraph: 'recap' }
			]
		});
	});

	it('groups entries by letter, with a last section for anything else', () => {
		expect(glossary.sections.map((s) => [s.letter, s.anchor, s.entries.length])).toEqual([
			['C', 'letter-c', 1],
			['U', 'letter-u', 2],
			['#', 'letter-other', 1]
		]);
	});

	it('indexes every letter, with a link only where a section starts', () => {
		expect(glossary.index).toHaveLength(26);
		expect(glossary.index.filter((l) => l.anchor).map((l) => l.letter)).toEqual(['C', 'U']);
		expect(glossary.index[0]).toEqual({ letter: 'A' });
	});

	it("follows the language's alphabet and order", () => {
		const es = buildGlossary(
			[
				lesson('uno', [
					['Ñandú', 'a'],
					['Nube', 'b'],
					['Oro', 'c']
				])
			],
			ES
		);
		expect(es.sections.map((s) => [s.letter, s.anchor])).toEqual([
			['N', 'letter-n'],
			['Ñ', 'letter-15'],
			['O', 'letter-o']
		]);
	});
});
