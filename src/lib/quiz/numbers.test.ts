import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumber } from './numbers';

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
		// Mexico, Central America, the Caribbean and the US group thousands with a comma.
		['225,000', 225000],
		['1,234,567.5', 1234567.5],
		['1.234.567,5', 1234567.5],
		['12.345.678', 12345678],
		['2,5', 2.5],
		['2.5', 2.5],
		['0,125', 0.125],
		['-3,5', -3.5],
		['\u22124', -4]
	])('reads %j as %d', (text, n) => expect(parseNumber(text, 'es')).toBe(n));
	it.each(['', 'abc', '225 mil', '1.2.3', '1,23,4', '1e5', '--1'])('rejects %j', (text) =>
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
	it('leaves the English reading as it was', () => {
		expect(parseNumber('225.000')).toBe(225);
		expect(parseNumber('1.234,5')).toBeNull();
		expect(parseNumber('0,125')).toBe(125);
	});
});
