import { describe, expect, it, vi } from 'vitest';
import { classReaders, MAX_TEXT, readablePart, remembering, scanText } from './paste';
import { decodeResultsCode, encodeResultsCode } from './results-code';
import { finished } from './testing';

const code = encodeResultsCode({
	assignment: '0a1b2c3d',
	name: 'Ana',
	lessons: [finished({ slug: 'a', earned: 1, max: 2, finishedAt: 1795000060 })]
});

describe('readablePart', () => {
	it('reads a paste up to the limit whole', () => {
		expect(readablePart('abc')).toEqual({ text: 'abc', unread: 0 });
		const full = 'x'.repeat(MAX_TEXT);
		expect(readablePart(full).unread).toBe(0);
	});

	it('cuts a longer paste at a space, never inside a code, and counts what is left', () => {
		const text = `${'a '.repeat(40)}${code} ${code}`;
		const limit = 80 + code.length + 5;
		const part = readablePart(text, limit);
		expect(part.text).toBe(`${'a '.repeat(40)}${code}`);
		expect(part.unread).toBe(text.length - part.text.length);
		expect(part.text.length + part.unread).toBe(text.length);
	});

	it('cuts at the limit when there is no space near it', () => {
		expect(readablePart('y'.repeat(MAX_TEXT + 10))).toEqual({ text: 'y'.repeat(MAX_TEXT), unread: 10 });
	});
});

describe('scanText', () => {
	it('finds the codes, says what was not read and when there is text but no code', () => {
		expect(scanText(`hi ${code} bye`)).toEqual({ codes: [code], unread: 0, noCode: null });
		expect(scanText('just chat')).toEqual({ codes: [], unread: 0, noCode: 'just chat' });
		expect(scanText('  \n ')).toEqual({ codes: [], unread: 0, noCode: null });
		const text = `${code} ${'z'.repeat(MAX_TEXT)}`;
		const long = scanText(text);
		expect(long.codes).toEqual([code]);
		// No space near the limit: cut there.
		expect(long.unread).toBe(text.length - MAX_TEXT);
	});
});

describe('classReaders', () => {
	it('decode each distinct code once and give the same answer', () => {
		const decode = vi.fn(decodeResultsCode);
		const { decode: read } = classReaders(decode);
		const first = read(code);
		expect(first.ok).toBe(true);
		expect(read(code)).toBe(first);
		expect(read('R1.nope.00000000').ok).toBe(false);
		read('R1.nope.00000000');
		expect(decode).toHaveBeenCalledTimes(2);
	});

	it('scan each distinct text once', () => {
		const { scan } = classReaders();
		const text = `${code}\n`.repeat(3);
		expect(scan(text)).toBe(scan(text));
	});
});

describe('remembering', () => {
	it('starts afresh past its limit instead of growing without end', () => {
		const read = vi.fn((s: string) => s.length);
		const remember = remembering(read, 2);
		for (const s of ['a', 'bb', 'ccc', 'a']) remember(s);
		expect(read).toHaveBeenCalledTimes(4);
		remember('a');
		expect(read).toHaveBeenCalledTimes(4);
	});
});
