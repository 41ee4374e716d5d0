import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	assignmentFragment,
	assignmentId,
	assignmentUrl,
	parseAssignment,
	type Assignment
} from './assignment';
import { crc32 } from './checksum';
import { textProblem } from './text';
import { t } from '../i18n';

const known = ['the-report', 'sovereignty', 'who-plans'];
const base: Assignment = {
	lessons: ['the-report', 'sovereignty'],
	mode: 'test',
	passMark: 80,
	shuffle: true
};

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
const title = fc
	.string({ minLength: 1, maxLength: 120, unit: 'grapheme' })
	.filter((s) => s.trim() === s && textProblem(s, 120) === null);
const date = fc
	.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));
const assignment: fc.Arbitrary<Assignment> = fc.record(
	{
		lessons: fc.uniqueArray(slug, { minLength: 1, maxLength: 20 }),
		mode: fc.constantFrom('practice' as const, 'test' as const),
		passMark: fc.integer({ min: 0, max: 100 }),
		shuffle: fc.boolean(),
		title,
		due: date
	},
	{ requiredKeys: ['lessons', 'mode', 'passMark', 'shuffle'] }
);

describe('assignment links', () => {
	it('round-trips any valid settings, through a full URL too', () => {
		fc.assert(
			fc.property(assignment, (a) => {
				const url = assignmentUrl('https://example.org', a);
				const back = parseAssignment(url);
				expect(back).toEqual({ ok: true, value: { ...a, id: assignmentId(a) } });
				expect(parseAssignment('#' + assignmentFragment(a)).ok).toBe(true);
			})
		);
	});

	it('derives the id from the settings: same settings, same id; any change, another id', () => {
		expect(assignmentId(base)).toBe(assignmentId({ ...base }));
		expect(assignmentId(base)).toMatch(/^[0-9a-f]{8}$/);
		expect(assignmentId({ ...base, passMark: 81 })).not.toBe(assignmentId(base));
		expect(assignmentId({ ...base, lessons: ['sovereignty', 'the-report'] })).not.toBe(assignmentId(base));
	});

	it('never throws on any string, and always says something when it refuses', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 3000, unit: 'binary' }), (s) => {
				const r = parseAssignment(s, known);
				if (!r.ok) expect(t.teach.linkError(r.error).length).toBeGreaterThan(20);
			})
		);
		fc.assert(
			fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), (s) => {
				parseAssignment(s, known);
			})
		);
	});

	it('rejects every truncation of a good link', () => {
		const fragment = assignmentFragment({ ...base, title: 'Week 3', due: '2026-12-01' });
		for (let n = 0; n < fragment.length; n++) {
			expect(parseAssignment(fragment.slice(0, n), known).ok, fragment.slice(0, n)).toBe(false);
		}
	});

	it('rejects any one-character change of a good link', () => {
		const fragment = assignmentFragment({ ...base, title: 'Week 3' });
		fc.assert(
			fc.property(
				fc.nat({ max: fragment.length - 1 }),
				fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-.=&%'.split('')),
				(i, c) => {
					fc.pre(fragment[i] !== c);
					const changed = fragment.slice(0, i) + c + fragment.slice(i + 1);
					const r = parseAssignment(changed, known);
					// A change that decodes to the very same settings is harmless; anything else is refused.
					if (r.ok) expect(r.value.id).toBe(assignmentId(base));
				}
			)
		);
	});

	it('explains each kind of problem', () => {
		expect(parseAssignment('', known)).toMatchObject({ ok: false, error: { code: 'empty' } });
		expect(parseAssignment('https://example.org/assignment', known)).toMatchObject({
			error: { code: 'empty' }
		});
		expect(parseAssignment('#' + 'x'.repeat(5000), known)).toMatchObject({ error: { code: 'too-long' } });
		expect(parseAssignment('#v=2&l=a&id=00000000', known)).toMatchObject({ error: { code: 'newer' } });
		const good = assignmentFragment(base);
		expect(parseAssignment(good.replace('m=test', 'm=tset'), known)).toMatchObject({
			error: { code: 'damaged' }
		});
		const missing = parseAssignment(assignmentFragment({ ...base, lessons: ['the-report', 'nope'] }), known);
		expect(missing).toMatchObject({ error: { code: 'unknown-lesson', lessons: ['nope'] } });
		if (!missing.ok) expect(t.teach.linkError(missing.error)).toContain('nope');
	});

	it('rejects settings outside the rules even with a recomputed check number', () => {
		const forge = (params: string) => {
			const p = new URLSearchParams(params);
			return `${params}&id=${assignmentIdOfRaw(p)}`;
		};
		const cases: [string, string, string][] = [
			['v=1&l=the-report&m=exam&p=70&s=1', 'mode', 'mode is neither practice nor test'],
			['v=1&l=the-report&m=test&p=170&s=1', 'passMark', 'pass mark is not a whole number from 0 to 100'],
			['v=1&l=the-report&m=test&p=-1&s=1', 'passMark', 'pass mark'],
			['v=1&l=the-report&m=test&p=abc&s=1', 'passMark', 'pass mark'],
			['v=1&l=the-report&m=test&p=70&s=yes', 'shuffle', 'shuffle setting'],
			['v=1&l=&m=test&p=70&s=1', 'lessons', 'lesson list'],
			['v=1&l=the-report.the-report&m=test&p=70&s=1', 'lessons', 'lesson list'],
			['v=1&l=%3Cscript%3E&m=test&p=70&s=1', 'lessons', 'lesson list'],
			['v=1&l=the-report&m=test&p=70&s=1&d=2026-02-30', 'due', 'due date'],
			['v=1&l=the-report&m=test&p=70&s=1&d=0000-01-01', 'due', 'from 2020 to 2100'],
			['v=1&l=the-report&m=test&p=70&s=1&d=2101-01-01', 'due', 'due date'],
			['v=1&l=the-report&m=test&p=70&s=1&t=%E2%80%AEevil', 'title', 'control characters'],
			['v=1&l=the-report&m=test&p=70&s=1&t=a%00b', 'title', 'control characters'],
			['v=1&l=the-report&m=test&p=70&s=1&t=%E2%80%8B%E2%80%8B', 'title', 'no visible characters']
		];
		for (const [params, field, words] of cases) {
			const r = parseAssignment(forge(params), known);
			expect(r.ok, params).toBe(false);
			if (r.ok) continue;
			expect(r.error, params).toMatchObject({ code: 'invalid', field });
			// Words a learner can act on, never a schema library's own text.
			const message = t.teach.linkError(r.error);
			expect(message, params).toContain(words);
			expect(message, params).not.toMatch(/Invalid|Expected|received|NaN/);
		}
	});

	it('keeps hostile titles as plain text, and rejects javascript: and markup in the lesson list', () => {
		const hostile = { ...base, title: '<img src=x onerror=alert(1)> javascript:alert(1)' };
		const r = parseAssignment(assignmentUrl('https://example.org', hostile), known);
		expect(r).toMatchObject({ ok: true, value: { title: hostile.title } });
		expect(parseAssignment('javascript:alert(1)', known).ok).toBe(false);
		expect(parseAssignment('#v=1&l=javascript:alert(1)&m=test&p=70&s=1&id=00000000', known).ok).toBe(false);
	});
});

function assignmentIdOfRaw(p: URLSearchParams): string {
	return crc32(p.toString());
}
