import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as v from 'valibot';
import { cleanText, SafeText, textProblem } from './text';

describe('the text rule for names and titles', () => {
	it('accepts ordinary text in any script, emoji and joiners included', () => {
		for (const s of ['Ana María', '李小龙', 'محمد', 'Zoë-Jane O’Neil', '👩‍👩‍👧 family', 'می‌خواهم']) {
			expect(textProblem(s, 60), s).toBeNull();
		}
	});

	it('names each problem', () => {
		expect(textProblem('   ', 60)).toBe('empty');
		expect(textProblem('x'.repeat(61), 60)).toBe('too-long');
		expect(textProblem('Ana\tPérez', 60)).toBe('unsafe');
		expect(textProblem('\u202eevil', 60)).toBe('unsafe');
		expect(textProblem('\u200b\u200b', 60)).toBe('invisible');
		expect(textProblem('\u200d\u00a0\u2060', 60)).toBe('invisible');
	});

	it('cleans what a paste brings: tabs and line breaks to spaces, overrides dropped', () => {
		expect(cleanText('Ana\tPérez', 60)).toEqual({ ok: true, value: 'Ana Pérez' });
		expect(cleanText(' Ana \r\n\t Pérez\u0000 ', 60)).toEqual({ ok: true, value: 'Ana Pérez' });
		expect(cleanText('\u202eAna\u202c', 60)).toEqual({ ok: true, value: 'Ana' });
		expect(cleanText('\u200b', 60)).toEqual({ ok: false, error: 'invisible' });
		expect(cleanText('\t\u202e', 60)).toEqual({ ok: false, error: 'empty' });
		expect(cleanText('x'.repeat(61), 60)).toEqual({ ok: false, error: 'too-long' });
	});

	it('whatever is typed, cleaning gives text the schema accepts, or says why not', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (raw) => {
				const cleaned = cleanText(raw, 60);
				if (cleaned.ok) {
					expect(v.safeParse(SafeText(60), cleaned.value).success).toBe(true);
					expect(cleanText(cleaned.value, 60)).toEqual(cleaned);
				} else {
					expect(['empty', 'too-long', 'invisible']).toContain(cleaned.error);
				}
			})
		);
	});

	it('the schema gives the problem as its message', () => {
		const r = v.safeParse(SafeText(10), '\u200b');
		expect(r.success).toBe(false);
		if (!r.success) expect(r.issues[0].message).toBe('invisible');
	});
});
