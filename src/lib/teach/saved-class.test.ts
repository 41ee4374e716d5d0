import { describe, expect, it } from 'vitest';
import { encodeResultsCode } from './results-code';
import {
	addCodes,
	classFile,
	classFileName,
	classId,
	importClass,
	MAX_CLASS_CODES,
	newClass,
	readClassFile,
	takeCodes
} from './saved-class';
import { finished } from './testing';

const code = (name: string) =>
	encodeResultsCode({
		assignment: '0a1b2c3d',
		name,
		lessons: [finished({ slug: 'the-report', items: [['q1', 1, 1]] })]
	});
const base = newClass('  Period 2  ', {
	id: 'abc123',
	now: 1000,
	assignment: '0a1b2c3d',
	link: 'https://x/#id=1'
});

describe('a saved class', () => {
	it('starts empty, named without the spaces around', () => {
		expect(base).toEqual({
			id: 'abc123',
			name: 'Period 2',
			assignment: '0a1b2c3d',
			link: 'https://x/#id=1',
			codes: [],
			created: 1000,
			updated: 1000
		});
		expect(classId(() => 0.5)).toMatch(/^[a-z0-9]{12}$/);
		expect(classId()).not.toBe(classId());
	});

	it('adds codes as they arrive, each once', () => {
		const a = code('Ana');
		const b = code('Ben');
		const first = addCodes(base, [a, b, a], 2000);
		expect(first).toMatchObject({ added: 2, already: 1 });
		expect(first.cls.codes).toEqual([a, b]);
		expect(first.cls.updated).toBe(2000);
		const again = addCodes(first.cls, [b, a], 3000);
		expect(again).toMatchObject({ added: 0, already: 2 });
		expect(again.cls).toBe(first.cls);
		expect(base.codes).toEqual([]);
	});

	it('stops at MAX_CLASS_CODES', () => {
		const full = { ...base, codes: Array.from({ length: MAX_CLASS_CODES }, (_, i) => `R2.${i}.0`) };
		expect(addCodes(full, [code('Ana')], 1).added).toBe(0);
	});

	it('takes the codes that read out of a paste, and leaves the ones that do not, to report', () => {
		const a = code('Ana');
		const text = `Hi miss, here is mine: ${a}\nand a broken one R2.abc.123 thanks`;
		expect(takeCodes(text, (c) => c === a)).toEqual({ codes: [a], rest: 'R2.abc.123' });
		expect(takeCodes(`just chat ${a}`, (c) => c === a)).toEqual({ codes: [a], rest: '' });
		// Nothing readable: the text stays as it is, so the page says what is wrong with it.
		expect(takeCodes('no code here', () => true)).toEqual({ codes: [], rest: 'no code here' });
		expect(takeCodes('R2.bad.1', () => false)).toEqual({ codes: [], rest: 'R2.bad.1' });
	});
});

describe('a class file', () => {
	const cls = addCodes(base, [code('Ana'), code('Ben')], 2000).cls;

	it('reads back as the class it was written from', () => {
		expect(readClassFile(classFile(cls))).toEqual({ ok: true, value: cls });
		expect(classFileName(cls)).toBe('class-period-2.json');
		expect(classFileName({ ...cls, name: 'Año 3º — Español' })).toBe('class-ano-3o-espanol.json');
		expect(classFileName({ ...cls, name: '!!!' })).toBe('class-results.json');
	});

	it('is checked, never trusted', () => {
		expect(readClassFile('not json')).toEqual({ ok: false, error: 'not-json' });
		expect(readClassFile('{"kind":"something else","version":1,"class":{}}')).toEqual({
			ok: false,
			error: 'not-a-class'
		});
		const file = JSON.parse(classFile(cls));
		expect(readClassFile(JSON.stringify({ ...file, version: 2 }))).toEqual({ ok: false, error: 'newer' });
		for (const bad of [
			{ name: '' },
			{ name: 'x'.repeat(81) },
			{ id: '<script>' },
			{ assignment: 'zzz' },
			{ codes: ['<img src=x onerror=alert(1)>'] },
			{ codes: 'R2.x.1' },
			{ created: -1 }
		]) {
			expect(
				readClassFile(JSON.stringify({ ...file, class: { ...cls, ...bad } })),
				JSON.stringify(bad)
			).toEqual({
				ok: false,
				error: 'invalid'
			});
		}
		// Repeated codes in a hand-edited file are kept once.
		const doubled = { ...file, class: { ...cls, codes: [...cls.codes, cls.codes[0]] } };
		expect(readClassFile(JSON.stringify(doubled))).toEqual({ ok: true, value: cls });
	});

	it('imports into the class with its id (new codes added), or as a new class', () => {
		const other = newClass('Period 3', { id: 'zzz999', now: 1 });
		const moved = { ...cls, codes: [...cls.codes, code('Cai')] };
		const into = importClass([other, cls], moved, 5000);
		expect(into.added).toBe(1);
		expect(into.classes).toHaveLength(2);
		expect(into.cls.codes).toEqual(moved.codes);
		expect(into.classes[0]).toBe(other);
		const fresh = importClass([other], moved, 5000);
		expect(fresh).toMatchObject({ added: 3, cls: moved });
		expect(fresh.classes).toEqual([other, moved]);
	});
});
