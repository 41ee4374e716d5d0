// The writers' small rules: what the sheets shorten and how long they give, GIFT's numbers and
// escapes, the numbers a cartridge accepts typed.
import { describe, expect, it } from 'vitest';
import { parse as parseGift } from 'gift-pegjs';
import { typedNumbers } from './cc';
import { escapeGift, plainNumber } from './gift';
import { KAHOOT, shorten, timeFor } from './sheets';
import type { ChoiceItem } from './common';

const numeric = (answer: number, tolerance: number) =>
	({
		id: 'n',
		kind: 'numeric',
		prompt: 'How many?',
		paragraph: 'p',
		explanation: 'Because.',
		level: 'recall',
		answer,
		tolerance
	}) as const;

describe('sheets', () => {
	it('shorten only what is over the limit, at a word, with an ellipsis', () => {
		expect(shorten('short enough', 75)).toBe('short enough');
		const long = 'word '.repeat(40).trim();
		const cut = shorten(long, 75);
		expect([...cut].length).toBeLessThanOrEqual(75);
		expect(cut.endsWith('…')).toBe(true);
		expect(long.startsWith(cut.slice(0, -1))).toBe(true);
	});

	it('give time to read, from the tool’s own choices', () => {
		const item = (words: number): ChoiceItem => ({
			id: 'x',
			prompt: 'w '.repeat(words),
			options: ['a', 'b'],
			correct: [0],
			multiple: false,
			explanation: '',
			link: ''
		});
		expect(timeFor(item(3), KAHOOT.times)).toBe(20);
		expect(timeFor(item(100), KAHOOT.times)).toBe(60);
		expect(timeFor(item(10_000), KAHOOT.times)).toBe(240);
	});
});

describe('GIFT', () => {
	it('writes numbers without exponents, which read back the same', () => {
		for (const n of [0, -0.5, 225000, 1e21, 5e-324, -1.5e-7, 123.456]) {
			expect(plainNumber(n)).not.toMatch(/e/i);
			expect(Number(plainNumber(n))).toBe(n);
		}
	});

	it('escapes its special characters, which gift-pegjs reads back', () => {
		const text = 'a ~ b = c # d { e } f : g \\ h';
		const [q] = parseGift(`::t:: ${escapeGift(text)} {TRUE}\n`);
		expect((q as { stem: { text: string } }).stem.text).toBe(text);
	});
});

describe('Common Cartridge numbers', () => {
	it('accept the exact answer, grouped or with a decimal comma, never rounded', () => {
		expect(typedNumbers(numeric(225000, 0))).toEqual({
			accepted: ['225000', '225,000', '225.000'],
			exact: true
		});
		expect(typedNumbers(numeric(2.5, 0)).accepted).toEqual(['2.5', '2,5']);
		expect(typedNumbers(numeric(0.1234, 0)).accepted).toEqual(['0.1234', '0,1234']);
	});

	it('keep a small whole-number tolerance by listing each number, and say when they cannot', () => {
		expect(typedNumbers(numeric(10, 1)).accepted).toEqual(['9', '10', '11']);
		expect(typedNumbers(numeric(2.5, 0.5))).toEqual({ accepted: ['2.5', '2,5'], exact: false });
	});
});
