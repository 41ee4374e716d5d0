import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crc32 } from './checksum';
import {
	attemptsUsed,
	bestAttempt,
	codeAttempts,
	codeFileName,
	decodeResultsCode,
	encodeResultsCode,
	findCodes,
	firstAttempt,
	latestAttempt,
	MAX_CODE,
	MAX_CODE_ATTEMPTS,
	MAX_NAME,
	type AttemptScore,
	type Pick,
	type ResultsPayload
} from './results-code';
import { deflateSync } from 'fflate';
import { textProblem } from './text';

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);
const time = fc.integer({ min: 1577836800, max: 4133980799 });
const points = fc.nat({ max: 40 }).chain((max) => fc.tuple(fc.nat({ max }), fc.constant(max)));
const name = fc
	.string({ minLength: 1, maxLength: MAX_NAME, unit: 'grapheme' })
	.filter((s) => s.trim() === s && textProblem(s, MAX_NAME) === null);
const firstTry = fc.option(fc.nat({ max: 40 }), { nil: null });
const pick: fc.Arbitrary<Pick> = fc.oneof(id, fc.boolean(), fc.array(id, { maxLength: 6 }));

const attempt = fc.record({
	number: fc.integer({ min: 1, max: 30 }),
	score: points,
	passed: fc.boolean(),
	finishedAt: time,
	firstTry
});
const item = fc
	.record({ id, p: points, firstTry, pick: fc.option(pick, { nil: undefined }) })
	.map(({ id, p, firstTry, pick }) =>
		pick === undefined
			? { id, earned: p[0], max: p[1], firstTry }
			: { id, earned: p[0], max: p[1], firstTry, pick }
	);

const payload: fc.Arbitrary<ResultsPayload> = fc.record({
	version: fc.constant(2 as const),
	assignment: fc.stringMatching(/^[0-9a-f]{8}$/),
	name,
	lessons: fc.uniqueArray(
		fc.record({
			slug: id,
			startedAt: time,
			attempts: fc
				.uniqueArray(attempt, { minLength: 1, maxLength: MAX_CODE_ATTEMPTS, selector: (a) => a.number })
				.map((list) => list.map(({ score, ...a }) => ({ ...a, earned: score[0], max: score[1] }))),
			items: fc.array(item, { maxLength: 12 })
		}),
		{ minLength: 1, maxLength: 6, selector: (l) => l.slug }
	)
});

const sample: ResultsPayload = {
	version: 2,
	assignment: '0a1b2c3d',
	name: 'Ana María',
	lessons: [
		{
			slug: 'the-report',
			startedAt: 1795000000,
			attempts: [
				{ number: 1, earned: 3, max: 4, passed: true, finishedAt: 1795000600, firstTry: null },
				{ number: 2, earned: 4, max: 4, passed: true, finishedAt: 1795000900, firstTry: null }
			],
			items: [
				{ id: 'who-reported', earned: 1, max: 1, firstTry: null, pick: 'b' },
				{ id: 'is-it-true', earned: 0, max: 1, firstTry: null, pick: false },
				{ id: 'timeline', earned: 2, max: 2, firstTry: null, pick: ['a', 'c'] },
				{ id: 'order', earned: 0, max: 0, firstTry: null }
			]
		}
	]
};

/** A code with a correct checksum around any payload bytes: what a forger could make. */
function sign(body: string, version = 2): string {
	const head = `R${version}.${body}`;
	return `${head}.${crc32(head)}`;
}
const b64 = (bytes: Uint8Array) =>
	btoa(String.fromCharCode(...bytes))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');
const packed = (value: unknown, version = 2) =>
	sign(b64(deflateSync(new TextEncoder().encode(JSON.stringify(value)))), version);

describe('results codes', () => {
	it('round-trip any results', () => {
		fc.assert(
			fc.property(payload, (p) => {
				const code = encodeResultsCode(p);
				expect(code).toMatch(/^R2\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
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
		expect(encodeResultsCode(sample).length).toBeLessThan(240);
	});

	it('never throw on any string and always explain a refusal', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'binary', maxLength: 500 }),
					fc.string().map((s) => `R1.${s}`),
					fc.string().map((s) => `R2.${s}`)
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

	it('reject well-signed R1 codes whose contents break the rules', () => {
		const wire = (over: Record<string, unknown>) => ({
			a: '0a1b2c3d',
			n: 'Ana',
			l: [['the-report', 1, 2, 1, [['q', 1, 1]], 1795000000, 1795000600]],
			...over
		});
		const v1 = (over: Record<string, unknown>) => packed(wire(over), 1);
		const bad = [
			sign('not+base64!', 1),
			sign(b64(new TextEncoder().encode('{"not":"deflated"}')), 1),
			packed('just a string', 1),
			v1({ n: '<script>alert(1)</script>'.repeat(5) }),
			v1({ n: 'a\u0000b' }),
			v1({ n: '' }),
			v1({ a: 'zzzzzzzz' }),
			v1({ l: [] }),
			v1({ l: [['the-report', 3, 2, 1, [], 1795000000, 1795000600]] }),
			v1({ l: [['the-report', 1, 2, 1, [['q', 2, 1]], 1795000000, 1795000600]] }),
			v1({ l: [['javascript:x', 1, 2, 1, [], 1795000000, 1795000600]] }),
			v1({ l: [['the-report', 1, 2, 1, [], 1795000600, 1795000000]] }),
			v1({ l: [['the-report', -1, 2, 1, [], 1795000000, 1795000600]] }),
			v1({ extra: 1 }),
			// The same lesson twice, and more lessons than an assignment can name.
			v1({ l: [0, 1].map(() => ['the-report', 1, 2, 1, [], 1795000000, 1795000600]) }),
			v1({ l: Array.from({ length: 21 }, (_, i) => [`l${i}`, 1, 2, 1, [], 1795000000, 1795000600]) }),
			// A deflate bomb: a tiny code that expands to megabytes.
			sign(b64(deflateSync(new Uint8Array(5_000_000).fill(32))), 1)
		];
		for (const code of bad) {
			const r = decodeResultsCode(code);
			expect(r.ok, code.slice(0, 60)).toBe(false);
		}
		// The same wire form with good values is accepted: the checks above are the values'.
		expect(decodeResultsCode(v1({})).ok).toBe(true);
	});

	it('read R1 codes as one attempt with no first tries', () => {
		const code = packed(
			{
				a: '0a1b2c3d',
				n: 'Ana',
				l: [['the-report', 1, 2, 1, [['q', 1, 2]], 1795000000, 1795000600]]
			},
			1
		);
		expect(decodeResultsCode(code)).toEqual({
			ok: true,
			value: {
				version: 1,
				assignment: '0a1b2c3d',
				name: 'Ana',
				lessons: [
					{
						slug: 'the-report',
						startedAt: 1795000000,
						attempts: [
							{ number: 1, earned: 1, max: 2, passed: true, finishedAt: 1795000600, firstTry: null }
						],
						items: [{ id: 'q', earned: 1, max: 2, firstTry: null }]
					}
				]
			}
		});
	});

	it('reject well-signed R2 codes that are not shaped like results', () => {
		const lesson = (over: unknown[] = []) => {
			const base: unknown[] = [
				'the-report',
				1795000000,
				[[1, 1, 2, 1, 1795000600, null]],
				[['q', 1, 2, null, 'a']]
			];
			over.forEach((x, i) => {
				if (x !== undefined) base[i] = x;
			});
			return base;
		};
		const wire = (over: Record<string, unknown>) => ({ a: '0a1b2c3d', n: 'Ana', l: [lesson()], ...over });
		const attempts = (n: number) =>
			Array.from({ length: n }, (_, i) => [i + 1, 1, 2, 1, 1795000600 + i, null]);
		const bad = [
			packed(wire({ n: '' })),
			packed(wire({ l: [] })),
			packed(wire({ l: [lesson(), lesson()] })),
			packed(wire({ l: Array.from({ length: 21 }, (_, i) => lesson([`l${i}`])) })),
			// No attempt, too many attempts, an attempt 0, a time before 2020 or after 2100.
			packed(wire({ l: [lesson([undefined, undefined, []])] })),
			packed(wire({ l: [lesson([undefined, undefined, attempts(MAX_CODE_ATTEMPTS + 1)])] })),
			packed(wire({ l: [lesson([undefined, undefined, [[0, 1, 2, 1, 1795000600, null]]])] })),
			packed(wire({ l: [lesson([undefined, 1000])] })),
			packed(wire({ l: [lesson([undefined, undefined, [[1, 1, 2, 1, 4133980800, null]]])] })),
			// Negative or fractional points, a passed that is not 0 or 1.
			packed(wire({ l: [lesson([undefined, undefined, [[1, -1, 2, 1, 1795000600, null]]])] })),
			packed(wire({ l: [lesson([undefined, undefined, undefined, [['q', 0.5, 2, null]]])] })),
			packed(wire({ l: [lesson([undefined, undefined, [[1, 1, 2, 2, 1795000600, null]]])] })),
			// Picks: markup, an object, too many.
			packed(wire({ l: [lesson([undefined, undefined, undefined, [['q', 1, 2, null, '<b>']]])] })),
			packed(wire({ l: [lesson([undefined, undefined, undefined, [['q', 1, 2, null, { a: 1 }]]])] })),
			packed(
				wire({
					l: [
						lesson([
							undefined,
							undefined,
							undefined,
							[['q', 1, 2, null, Array.from({ length: 101 }, (_, i) => `o${i}`)]]
						])
					]
				})
			),
			packed(wire({ l: [lesson([undefined, undefined, undefined, [['q', 1, 2, null, 'a', 'extra']]])] })),
			// More questions than any lesson.
			packed(
				wire({
					l: [
						lesson([
							undefined,
							undefined,
							undefined,
							Array.from({ length: 501 }, (_, i) => [`q${i}`, 0, 1, null])
						])
					]
				})
			),
			sign(b64(deflateSync(new Uint8Array(5_000_000).fill(32))))
		];
		for (const code of bad) {
			const r = decodeResultsCode(code);
			expect(r.ok, code.slice(0, 60)).toBe(false);
			if (!r.ok) expect(['damaged', 'too-long']).toContain(r.error.code);
		}
		expect(decodeResultsCode(packed(wire({})))).toMatchObject({ ok: true, value: { version: 2 } });
		// Impossible but well-shaped contents are read: the class page flags them, with the reason.
		const impossible = packed(
			wire({ l: [lesson([undefined, 1795000900, [[1, 9, 2, 1, 4102444800, 7]], [['q', 3, 2, 5]]])] })
		);
		expect(decodeResultsCode(impossible).ok).toBe(true);
	});

	it('refuse a code longer than any real one before reading it', () => {
		const long = `R2.${'A'.repeat(MAX_CODE)}.00000000`;
		expect(decodeResultsCode(long)).toMatchObject({ error: { code: 'too-long' } });
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

describe('attempts in a code', () => {
	const at = (number: number, earned: number, max = 10): AttemptScore => ({
		number,
		earned,
		max,
		passed: earned >= 7,
		finishedAt: 1795000000 + number,
		firstTry: null
	});

	it('name the first, the best (the earlier on a tie) and the latest', () => {
		const l = { attempts: [at(2, 9), at(1, 4), at(3, 9), at(4, 6)] };
		expect(firstAttempt(l).number).toBe(1);
		expect(bestAttempt(l).number).toBe(2);
		expect(latestAttempt(l).number).toBe(4);
		expect(attemptsUsed(l)).toBe(4);
	});

	it('keep every attempt up to the cap, then the first, the best and the latest', () => {
		const few = [at(3, 5), at(1, 2), at(2, 4)];
		expect(codeAttempts(few).map((a) => a.number)).toEqual([1, 2, 3]);
		const many = Array.from({ length: 30 }, (_, i) => at(i + 1, i === 4 ? 10 : 3));
		const kept = codeAttempts(many);
		expect(kept).toHaveLength(MAX_CODE_ATTEMPTS);
		expect(kept.map((a) => a.number)).toEqual([1, 5, ...Array.from({ length: 18 }, (_, i) => 13 + i)]);
		fc.assert(
			fc.property(fc.array(fc.nat({ max: 10 }), { minLength: 1, maxLength: 60 }), (scores) => {
				const list = scores.map((s, i) => at(i + 1, s));
				const out = codeAttempts(list);
				expect(out.length).toBe(Math.min(list.length, MAX_CODE_ATTEMPTS));
				expect(out).toContain(firstAttempt({ attempts: list }));
				expect(out).toContain(bestAttempt({ attempts: list }));
				expect(out).toContain(latestAttempt({ attempts: list }));
				expect(out.map((a) => a.number)).toEqual([...out.map((a) => a.number)].sort((a, b) => a - b));
			})
		);
	});
});
