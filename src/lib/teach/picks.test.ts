import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answered } from '../quiz/arbitraries';
import { isAnswered, type Question } from '../quiz/kinds';
import { isChoiceKind, optionsOf, pickFits, pickIds, pickOf } from './picks';

const words = { true: 'True', false: 'False' };
const base = { prompt: 'P?', paragraph: 'p', explanation: 'E.', level: 'recall' as const };
const options = [
	{ id: 'a', text: 'A' },
	{ id: 'b', text: 'B' },
	{ id: 'c', text: 'C' }
];

describe('picks', () => {
	it('are the choice made on each kind of choice question, in the question’s order', () => {
		const single: Question = { ...base, id: 's', kind: 'single', options, answer: 'a' };
		const multiple: Question = { ...base, id: 'm', kind: 'multiple', options, answer: ['a', 'b'] };
		const tf: Question = { ...base, id: 't', kind: 'true-false', answer: true };
		const evidence: Question = {
			...base,
			id: 'e',
			kind: 'evidence',
			options,
			answer: 'a',
			evidencePrompt: 'Why?',
			passages: options,
			evidence: 'b'
		};
		const highlight: Question = { ...base, id: 'h', kind: 'highlight', passage: options, answer: ['b'] };
		const numeric: Question = { ...base, id: 'n', kind: 'numeric', answer: 3, tolerance: 0 };
		expect(pickOf(single, { kind: 'single', choice: 'b' })).toBe('b');
		expect(pickOf(multiple, { kind: 'multiple', choices: ['c', 'a'] })).toEqual(['a', 'c']);
		expect(pickOf(tf, { kind: 'true-false', value: false })).toBe(false);
		expect(pickOf(evidence, { kind: 'evidence', choice: 'c', evidence: 'a' })).toBe('c');
		expect(pickOf(highlight, { kind: 'highlight', marked: ['c', 'b'] })).toEqual(['b', 'c']);
		// Not answered, a stale answer of another kind, a kind that is not a choice: no pick.
		expect(pickOf(single, undefined)).toBeUndefined();
		expect(pickOf(single, { kind: 'single', choice: '' })).toBeUndefined();
		expect(pickOf(multiple, { kind: 'multiple', choices: [] })).toBeUndefined();
		expect(pickOf(evidence, { kind: 'evidence', evidence: 'a' })).toBeUndefined();
		expect(pickOf(single, { kind: 'true-false', value: true })).toBeUndefined();
		expect(pickOf(single, { kind: 'single', choice: 'gone' })).toBeUndefined();
		expect(pickOf(numeric, { kind: 'numeric', value: 3 })).toBeUndefined();

		expect(optionsOf(tf, words)).toEqual([
			{ id: 'true', text: 'True' },
			{ id: 'false', text: 'False' }
		]);
		expect(optionsOf(highlight, words)).toEqual(options);
		expect(optionsOf(numeric, words)).toBeNull();
		expect(pickIds(true)).toEqual(['true']);
		expect(pickIds('a')).toEqual(['a']);
		expect(pickFits('single', ['a'])).toBe(false);
		expect(pickFits('true-false', 'a')).toBe(false);
		expect(pickFits('highlight', ['a'])).toBe(true);
	});

	it('of any answered choice question name only its options, and fit its kind', () => {
		fc.assert(
			fc.property(answered, ([q, r]) => {
				const pick = pickOf(q, r);
				if (!isChoiceKind(q.kind)) {
					expect(pick).toBeUndefined();
					return;
				}
				if (pick === undefined) {
					// Only an unanswered response, or one naming none of the question's options, has no pick.
					const ids = new Set(optionsOf(q, words)!.map((o) => o.id));
					const named =
						r.kind === 'single' || r.kind === 'evidence'
							? [r.choice]
							: r.kind === 'multiple'
								? r.choices
								: r.kind === 'highlight'
									? r.marked
									: [];
					if (isAnswered(q.kind, r)) expect(named.some((id) => id !== undefined && ids.has(id))).toBe(false);
					return;
				}
				expect(pickFits(q.kind, pick)).toBe(true);
				const ids = new Set(optionsOf(q, words)!.map((o) => o.id));
				for (const id of pickIds(pick)) expect(ids.has(id)).toBe(true);
			})
		);
	});
});
