import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber, parseNumber, type NumberStyle } from './numbers';
import { readNumber } from './read-number';

describe('parseNumber', () => {
	it.each([
		['225000', 225000],
		['225,000', 225000],
		['225 000', 225000],
		[' 1,234,567.5 ', 1234567.5],
		['-3.5', -3.5],
		['2,5', 2.5],
		['.5', 0.5],
		['0', 0],
		['\u22124', -4]
	])('reads %j as %d', (text, n) => expect(parseNumber(text)).toBe(n));
	it.each(['', '  ', 'abc', '12a', '1.2.3', '1,23,4', 'Infinity', 'NaN', '1e5', '--1'])(
		'rejects %j',
		(text) => expect(parseNumber(text)).toBeNull()
	);
	it('formats with thousands separators and reads its own output back', () => {
		expect(formatNumber(225000)).toBe('225,000');
		for (const n of [0, 1.5, -42, 1234567.25]) expect(parseNumber(formatNumber(n))).toBe(n);
	});
});

describe('parseNumber in Spanish', () => {
	it.each([
		['225.000', 225000],
		['225 000', 225000],
		['225\u00a0000', 225000],
		['225\u202f000', 225000],
		['225000', 225000],
		// Mexico, Central America, the Caribbean and the US group thousands with a comma; a single
		// comma before three digits is asked about (below).
		['1,234,567.5', 1234567.5],
		['1.234.567,5', 1234567.5],
		['12.345.678', 12345678],
		['2,5', 2.5],
		['2.5', 2.5],
		['0,125', 0.125],
		['-3,5', -3.5],
		['\u22124', -4]
	])('reads %j as %d', (text, n) => expect(parseNumber(text, 'es')).toBe(n));
	it.each(['', 'abc', '225 miles', '1.2.3', '1,23,4', '1e5', '--1', '225 mils'])('rejects %j', (text) =>
		expect(parseNumber(text, 'es')).toBeNull()
	);
	it('reads its own output back', () => {
		for (const n of [0, 1.5, -42, 2500, 225000, 1234567.25])
			expect(parseNumber(formatNumber(n, 'es'), 'es')).toBe(n);
	});
	it('writes numbers as the Spanish interface does: a space groups five digits or more', () => {
		expect(formatNumber(225000, 'es')).toBe('225\u00a0000');
		expect(formatNumber(2500, 'es')).toBe('2500');
		expect(formatNumber(1234567.25, 'es')).toBe('1\u00a0234\u00a0567,25');
	});
	it('leaves the English reading as it was, but for "225.000", which is asked about', () => {
		expect(parseNumber('225.000')).toBeNull();
		expect(readNumber('225.000')).toEqual({ type: 'ambiguous', values: [225, 225000] });
		expect(parseNumber('1.234,5')).toBeNull();
		expect(parseNumber('0,125')).toBe(125);
	});
});

describe('numbers with words and signs around them', () => {
	it.each([
		['225k', 225000],
		['225K', 225000],
		['225 k', 225000],
		['225 thousand', 225000],
		['225 Thousand', 225000],
		['2.3k', 2300],
		['1.5 million', 1500000],
		['225,000+', 225000],
		['>225000', 225000],
		['> 225,000', 225000],
		['≥ 225,000', 225000],
		['more than 225,000', 225000],
		['More than 225k', 225000],
		['over 225,000', 225000],
		['at least 225 000', 225000],
		['1.234.567', 1234567],
		['2 millones', 2000000]
	])('reads %j as %d in English', (text, n) =>
		expect(readNumber(text)).toEqual({ type: 'number', value: n })
	);
	it.each([
		['225 mil', 225000],
		['225mil', 225000],
		['225 Mil', 225000],
		['225k', 225000],
		['1,5 millones', 1500000],
		['un millón', null],
		['2 millones', 2000000],
		['más de 225.000', 225000],
		['Más de 225 000', 225000],
		['mas de 225 mil', 225000],
		['al menos 225.000', 225000],
		['por lo menos 225 000', 225000],
		['225.000+', 225000],
		['>225.000', 225000],
		// The other language's words, where their meaning is plain.
		['225 thousand', 225000]
	])('reads %j as %j in Spanish', (text, n) =>
		expect(readNumber(text, 'es')).toEqual(n === null ? { type: 'none' } : { type: 'number', value: n })
	);
	it.each(['225 mil', 'less than 225,000', 'about 225,000', '225,000 deaths', '225kk', 'k', '+'])(
		'does not read %j in English',
		(text) => expect(readNumber(text)).toEqual({ type: 'none' })
	);
});

describe('numbers that could be read two ways are asked about', () => {
	it.each([
		['225.000', 'en', [225, 225000]],
		['1.500', 'en', [1.5, 1500]],
		['more than 225.000', 'en', [225, 225000]],
		['225.000k', 'en', [225000, 225000000]],
		['225,000', 'es', [225, 225000]],
		['más de 225,000', 'es', [225, 225000]],
		['-1,500', 'es', [-1.5, -1500]]
	] as [string, NumberStyle, [number, number]][])('%j (%s) could be %j', (text, style, values) =>
		expect(readNumber(text, style)).toEqual({ type: 'ambiguous', values })
	);
	it.each([
		['225,000', 'en'],
		['0.125', 'en'],
		['1,234,567', 'es'],
		['0,125', 'es'],
		['225.000', 'es'],
		['225.5', 'es'],
		['2250.000', 'en']
	] as [string, NumberStyle][])('%j (%s) is plain', (text, style) =>
		expect(readNumber(text, style).type).toBe('number')
	);
});

describe('properties of reading numbers', () => {
	const style = fc.constantFrom<NumberStyle>('en', 'es');
	it('reads back whatever it formats, in both languages, with or without "more than"', () => {
		const more = { en: 'more than ', es: 'más de ' };
		fc.assert(
			fc.property(fc.integer({ min: -1e9, max: 1e9 }), style, fc.boolean(), (n, s, over) => {
				const text = (over && n >= 0 ? more[s] : '') + formatNumber(n, s);
				expect(readNumber(text, s)).toEqual({ type: 'number', value: n });
			})
		);
	});
	it('reads "<n>k" as a thousand times n, and "<n> mil" in Spanish', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 999999 }), style, (n, s) => {
				const thousand = { type: 'number', value: n * 1000 };
				expect(readNumber(`${n}k`, s)).toEqual(thousand);
				expect(readNumber(`${n} ${s === 'es' ? 'mil' : 'thousand'}`, s)).toEqual(thousand);
				// parseNumber reads plain figures only: the quiz asks readNumber about the rest.
				expect(parseNumber(`${n}k`, s)).toBeNull();
			})
		);
	});
	it('asks about exactly one mark before three digits, and both readings are the digits written', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), style, (a, b, s) => {
				const tail = String(b).padStart(3, '0');
				const r = readNumber(`${a}${s === 'es' ? ',' : '.'}${tail}`, s);
				expect(r).toEqual({ type: 'ambiguous', values: [Number(`${a}.${tail}`), a * 1000 + b] });
				// The other mark groups thousands without a question.
				expect(readNumber(`${a}${s === 'es' ? '.' : ','}${tail}`, s)).toEqual({
					type: 'number',
					value: a * 1000 + b
				});
			})
		);
	});
	it('never reads a text that has no digit', () => {
		fc.assert(
			fc.property(
				fc.string().filter((t) => !/\d/.test(t)),
				style,
				(t, s) => {
					expect(readNumber(t, s)).toEqual({ type: 'none' });
				}
			)
		);
	});
});
