import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crc32 } from './checksum';
import {
	codeFileName,
	decodeResultsCode,
	encodeResultsCode,
	findCodes,
	MAX_NAME,
	type ResultsPayload
} from './results-code';
import { deflateSync } from 'fflate';
import { textProblem } from './text';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);
const time = fc.integer({ min: 1577836800, max: 4102444800 });
const points = fc.nat({ max: 40 }).chain((max) => fc.tuple(fc.nat({ max }), fc.constant(max)));
const name = fc
	.string({ minLength: 1, maxLength: MAX_NAME, unit: 'grapheme' })
	.filter((s) => s.trim() === s && textProblem(s, MAX_NAME) === null);

const payload: fc.Arbitrary<ResultsPayload> = fc.record({
	assignment: fc.stringMatching(/^[0-9a-f]{8}$/),
	name,
	lessons: fc.uniqueArray(
		fc
			.record({
				slug: id,
				score: points,
				passed: fc.boolean(),
				questions: fc.array(fc.record({ id, p: points }), { maxLength: 12 }),
				times: fc.tuple(time, time)
			})
			.map(({ slug, score, passed, questions, times }) => ({
				slug,
				earned: score[0],
				max: score[1],
				passed,
				questions: questions.map((q) => ({ id: q.id, earned: q.p[0], max: q.p[1] })),
				startedAt: Math.min(...times),
				finishedAt: Math.max(...times)
			})),
		{ minLength: 1, maxLength: 6, selector: (l) => l.slug }
	)
});

const sample: ResultsPayload = {
	assignment: '0a1b2c3d',
	name: 'Ana María',
	lessons: [
		{
			slug: 'the-report',
			earned: 5,
			max: 7,
			passed: true,
			questions: [
				{ id: 'who-reported', earned: 1, max: 1 },
				{ id: 'timeline', earned: 1, max: 3 }
			],
			startedAt: 1795000000,
			finishedAt: 1795000600
		}
	]
};

/** A code with a correct checksum around any payload bytes: what a forger could make. */
function sign(body: string): string {
	const head = `R1.${body}`;
	return `${head}.${crc32(head)}`;
}
const b64 = (bytes: Uint8Array) =>
	btoa(String.fromCharCode(...bytes))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');
const packed = (value: unknown) => sign(b64(deflateSync(new TextEncoder().encode(JSON.stringify(value)))));

describe('results codes', () => {
	it('round-trip any results', () => {
		fc.assert(
			fc.property(payload, (p) => {
				const code = encodeResultsCode(p);
				expect(code).toMatch(/^R1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
				expect(decodeResultsCode(code)).toEqual({ ok: true, value: p });
			})
		);
	});

	it('survive line breaks and spaces a chat adds, and are found inside a message', () => {
		const code = encodeResultsCode(sample);
		const wrapped = code.slice(0, 30) + '\n  ' + code.slice(30);
		expect(decodeResultsCode(wrapped)).toEqual({ ok: true, value: sample });
		expect(findCodes(`Hi miss, here it is: ${code}. Thanks!\n${code}`)).toEqual([code, code]);
	});

	it('are compact', () => {
		expect(encodeResultsCode(sample).length).toBeLessThan(200);
	});

	it('never throw on any string and always explain a refusal', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'binary', maxLength: 500 }),
					fc.string().map((s) => `R1.${s}`)
				),
				(s) => {
					const r = decodeResultsCode(s);
					if (!r.ok) expect(r.error.message.length).toBeGreaterThan(20);
				}
			)
		);
	});

	it('reject every truncation with a clear message', () => {
		const code = encodeResultsCode(sample);
		for (let n = 0; n < code.length; n++) {
			const r = decodeResultsCode(code.slice(0, n));
			expect(r.ok, code.slice(0, n)).toBe(false);
			if (!r.ok) expect(['empty', 'not-a-code', 'truncated', 'typo']).toContain(r.error.code);
		}
	});

	it('reject every one-character typo', () => {
		const code = encodeResultsCode(sample);
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
		fc.assert(
			fc.property(fc.nat({ max: code.length - 1 }), fc.constantFrom(...alphabet.split('')), (i, c) => {
				fc.pre(code[i] !== c);
				expect(decodeResultsCode(code.slice(0, i) + c + code.slice(i + 1)).ok).toBe(false);
			}),
			{ numRuns: 500 }
		);
		// A dropped or doubled character too.
		for (let i = 0; i < code.length; i++) {
			expect(decodeResultsCode(code.slice(0, i) + code.slice(i + 1)).ok).toBe(false);
			expect(decodeResultsCode(code.slice(0, i) + code[i] + code.slice(i)).ok).toBe(false);
		}
	});

	it('reject hostile strings with a typed error', () => {
		const hostile = [
			'<script>alert(1)</script>',
			'javascript:alert(1)',
			'R1.<script>alert(1)</script>.00000000',
			'R9.abc.12345678',
			'R1.' + 'A'.repeat(20000) + '.00000000',
			'x'.repeat(1_000_000),
			'R1.😀😀😀.deadbeef',
			'\u202eR1.abc.12345678',
			'R1..',
			'R1.abc.1234567g'
		];
		for (const s of hostile) {
			const r = decodeResultsCode(s);
			expect(r.ok, s.slice(0, 40)).toBe(false);
			if (!r.ok) expect(r.error.message).toMatch(/code/);
		}
		expect(decodeResultsCode('R9.abc.12345678')).toMatchObject({ error: { code: 'newer' } });
		expect(decodeResultsCode('R1.abc.1234567')).toMatchObject({ error: { code: 'truncated' } });
	});

	it('reject well-signed codes whose contents break the rules', () => {
		const wire = (over: Record<string, unknown>) => ({
			a: '0a1b2c3d',
			n: 'Ana',
			l: [['the-report', 1, 2, 1, [['q', 1, 1]], 1795000000, 1795000600]],
			...over
		});
		const bad = [
			sign('not+base64!'),
			sign(b64(new TextEncoder().encode('{"not":"deflated"}'))),
			packed('just a string'),
			packed(wire({ n: '<script>alert(1)</script>'.repeat(5) })),
			packed(wire({ n: 'a\u0000b' })),
			packed(wire({ n: '' })),
			packed(wire({ a: 'zzzzzzzz' })),
			packed(wire({ l: [] })),
			packed(wire({ l: [['the-report', 3, 2, 1, [], 1795000000, 1795000600]] })),
			packed(wire({ l: [['the-report', 1, 2, 1, [['q', 2, 1]], 1795000000, 1795000600]] })),
			packed(wire({ l: [['javascript:x', 1, 2, 1, [], 1795000000, 1795000600]] })),
			packed(wire({ l: [['the-report', 1, 2, 1, [], 1795000600, 1795000000]] })),
			packed(wire({ l: [['the-report', -1, 2, 1, [], 1795000000, 1795000600]] })),
			packed(wire({ extra: 1 })),
			// The same lesson twice, and more lessons than an assignment can name.
			packed(wire({ l: [0, 1].map(() => ['the-report', 1, 2, 1, [], 1795000000, 1795000600]) })),
			packed(
				wire({ l: Array.from({ length: 21 }, (_, i) => [`l${i}`, 1, 2, 1, [], 1795000000, 1795000600]) })
			),
			// A deflate bomb: a tiny code that expands to megabytes.
			sign(b64(deflateSync(new Uint8Array(5_000_000).fill(32))))
		];
		for (const code of bad) {
			const r = decodeResultsCode(code);
			expect(r.ok, code.slice(0, 60)).toBe(false);
		}
		// The same wire form with good values is accepted: the checks above are the values'.
		expect(decodeResultsCode(packed(wire({}))).ok).toBe(true);
	});

	it('keeps a hostile but valid name as text', () => {
		const name = '<img src=x onerror=alert(1)>';
		const r = decodeResultsCode(encodeResultsCode({ ...sample, name }));
		expect(r).toMatchObject({ ok: true, value: { name } });
	});

	it('names the download after the student, safely', () => {
		expect(codeFileName('Ana María', '0a1b2c3d')).toBe('results-Ana-Maria-0a1b2c3d.txt');
		expect(codeFileName('../../etc/passwd', 'x')).toBe('results-etc-passwd-x.txt');
		expect(codeFileName('李', 'x')).toBe('results-student-x.txt');
	});
});
