import { describe as group, expect, it } from 'vitest';
import fc from 'fast-check';
import { answered, question } from './arbitraries';
import { describe, describeKey } from './describe';
import type { QuestionOf } from './kinds';

const base = { prompt: 'P?', paragraph: 'p', explanation: 'E.', level: 'recall' as const };
const words = { true: 'True', false: 'False' };

group('describe', () => {
	it('says each kind of answer in words', () => {
		const order: QuestionOf<'order'> = {
			...base,
			id: 'o',
			kind: 'order',
			items: [
				{ id: 'a', text: 'One' },
				{ id: 'b', text: 'Two' },
				{ id: 'c', text: 'Three' }
			]
		};
		expect(describe(order, { kind: 'order', order: ['b', 'a', 'c'] }, words)).toBe('Two → One → Three');
		expect(describeKey(order, words)).toBe('One → Two → Three');
		const numeric: QuestionOf<'numeric'> = {
			...base,
			id: 'n',
			kind: 'numeric',
			answer: 225000,
			tolerance: 500,
			unit: 'people'
		};
		expect(describe(numeric, { kind: 'numeric', value: 1500 }, words)).toBe('1,500 people');
		expect(describeKey(numeric, words)).toBe('225,000 people (± 500)');
		// In Spanish, numbers as Spanish is written (the unit is the lesson edition's own word).
		const es = { true: 'Verdadero', false: 'Falso', numbers: 'es' as const };
		expect(describeKey(numeric, es)).toBe('225\u00a0000 people (± 500)');
		expect(describe(numeric, { kind: 'numeric', value: 1500.5 }, es)).toBe('1500,5 people');
		const tf: QuestionOf<'true-false'> = { ...base, id: 't', kind: 'true-false', answer: false };
		expect(describeKey(tf, { true: 'Verdadero', false: 'Falso' })).toBe('Falso');
		expect(describe(tf, { kind: 'single', choice: 'a' }, words)).toBeNull();
		expect(describe(tf, undefined, words)).toBeNull();
		const highlight: QuestionOf<'highlight'> = {
			...base,
			id: 'h',
			kind: 'highlight',
			passage: [
				{ id: 'a', text: 'Officials say' },
				{ id: 'b', text: 'the bridge' },
				{ id: 'c', text: 'may close.' }
			],
			answer: ['a', 'c']
		};
		expect(describeKey(highlight, words)).toBe('“Officials say”, “may close.”');
	});
	it('says the key of every valid question, and describes answers of its kind without throwing', () => {
		fc.assert(
			fc.property(answered, question, ([q, r], other) => {
				expect(describeKey(q, words).length).toBeGreaterThan(0);
				const said = describe(q, r, words);
				expect(said === null || said.length > 0).toBe(true);
				if (other.kind !== q.kind) expect(describe(other, r, words)).toBeNull();
			})
		);
	});
});
