import { describe as group, expect, it } from 'vitest';
import fc from 'fast-check';
import { question, responseFor } from './arbitraries';
import { describe, describeKey } from './describe';
import type { QuestionOf } from './schema';

const base = { prompt: 'P?', paragraph: 'p', explanation: 'E.' };

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
		expect(describe(order, { kind: 'order', order: ['b', 'a', 'c'] })).toBe('Two → One → Three');
		expect(describeKey(order)).toBe('One → Two → Three');
		const numeric: QuestionOf<'numeric'> = {
			...base,
			id: 'n',
			kind: 'numeric',
			answer: 225000,
			tolerance: 500,
			unit: 'people'
		};
		expect(describe(numeric, { kind: 'numeric', value: 1500 })).toBe('1,500 people');
		expect(describeKey(numeric)).toBe('225,000 people (± 500)');
		const tf: QuestionOf<'true-false'> = { ...base, id: 't', kind: 'true-false', answer: false };
		expect(describeKey(tf)).toBe('False');
		expect(describe(tf, { kind: 'single', choice: 'a' })).toBeNull();
		expect(describe(tf, undefined)).toBeNull();
	});
	it('says the key of every valid question, and describes well-formed answers without throwing', () => {
		fc.assert(
			fc.property(
				question.chain((q) => fc.tuple(fc.constant(q), responseFor(q))),
				([q, r]) => {
					expect(describeKey(q).length).toBeGreaterThan(0);
					const said = describe(q, r);
					expect(said === null || typeof said === 'string').toBe(true);
				}
			)
		);
	});
});
