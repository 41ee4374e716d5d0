import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answerKey, foldAnswer } from './normalize';

describe('foldAnswer', () => {
	it.each([
		['Sinaloa', 'sinaloa'],
		['  Ciudad   de  México ', 'ciudad de mexico'],
		['Ça va?', 'ca va'],
		['...hello, world!!!', 'hello world'],
		['«Señor»', 'senor'],
		['tab\tand\nnewline', 'tab and newline'],
		['U.S. officials', 'u s officials'],
		['Northern Command (NORTHCOM)', 'northern command'],
		['The Pentagon', 'pentagon'],
		['los cárteles', 'carteles'],
		['a', 'a']
	])('%j -> %j', (input, out) => expect(foldAnswer(input)).toBe(out));
});

describe('answerKey', () => {
	it.each([
		['US NORTHCOM', 'U.S. NORTHCOM'],
		['the U.S. Northern Command', 'US Northern Command'],
		['Northern Command (NORTHCOM)', 'Northern Command'],
		['EE. UU.', 'EEUU'],
		['Estados Unidos', 'estados  unidos'],
		['the most immediate threat', 'Most immediate threat.'],
		['Colorado Springs', 'colorado-springs']
	])('%j and %j compare equal', (a, b) => expect(answerKey(a)).toBe(answerKey(b)));
	it.each([
		['Sinaloa', 'Jalisco'],
		['NORTHCOM', 'SOUTHCOM'],
		['most immediate', 'most dangerous']
	])('%j and %j differ', (a, b) => expect(answerKey(a)).not.toBe(answerKey(b)));

	it('ignores case, accents, outer spaces and trailing punctuation, for any text', () => {
		const letters = fc.stringMatching(/^[A-Za-zÁÉÍÓÚÑáéíóúñü ]{0,20}$/);
		fc.assert(
			fc.property(letters, fc.constantFrom('', '.', '!', '?', ' '), (s, end) => {
				const plain = s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
				expect(answerKey(` ${s.toUpperCase()}${end} `)).toBe(answerKey(plain));
			})
		);
	});
	it('leaves only lowercase words with single spaces between them, for any text', () => {
		fc.assert(
			fc.property(fc.string(), (s) => {
				const folded = foldAnswer(s);
				expect(folded).toMatch(/^([\p{L}\p{N}]+( [\p{L}\p{N}]+)*)?$/u);
				expect(folded).toBe(folded.toLowerCase());
			})
		);
	});
	it('keeps letters and digits: only folding makes two keys equal', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.stringMatching(/^[a-z0-9]{1,12}$/), (a, b) => {
				fc.pre(a !== b);
				expect(answerKey(a) === answerKey(b)).toBe(false);
			})
		);
	});
});
