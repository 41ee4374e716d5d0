import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newRecord } from '../quiz/record';
import { readStored, writeStored } from './stored';

describe('readStored', () => {
	it('reads back what it writes', () => {
		const data = { version: 1 as const, records: { 'the-report': newRecord(3) }, last: 'the-report' };
		expect(readStored(writeStored(data))).toEqual({ kind: 'ok', data, dropped: 0 });
	});

	it('never throws, whatever text is stored', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
				expect(['empty', 'ok', 'unreadable', 'old', 'newer']).toContain(readStored(raw).kind);
			})
		);
	});

	it('does not let a record key reach the prototype', () => {
		const raw = `{"version":1,"records":{"__proto__":${JSON.stringify(newRecord(1))}},"last":null}`;
		const read = readStored(raw);
		expect(read.kind === 'ok' && Object.getPrototypeOf(read.data.records)).toBe(Object.prototype);
		expect(read.kind === 'ok' && read.dropped).toBe(1);
	});

	it('keeps every well-formed record among malformed ones', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (junk) => {
				const good = newRecord(1);
				const raw = JSON.stringify({ version: 1, records: { ...junk, 'kept-key': good }, last: null });
				const read = readStored(raw);
				expect(read.kind).toBe('ok');
				if (read.kind === 'ok') expect(read.data.records['kept-key']).toEqual(good);
			})
		);
	});

	it('keeps saved answers of every kind and drops a record whose answers were edited out of shape', () => {
		const record = newRecord(2);
		record.attempt.responses = {
			a: { kind: 'single', choice: 'x' },
			b: { kind: 'multiple', choices: ['x', 'y'] },
			c: { kind: 'true-false', value: false },
			d: { kind: 'order', order: ['p', 'q'] },
			e: { kind: 'match', pairs: { l: 'r' } },
			f: { kind: 'numeric', value: 3 },
			g: { kind: 'text', value: 'Sinaloa' },
			h: { kind: 'evidence', choice: 'x' }
		};
		record.best = { earned: 3, max: 4, percent: 75, passed: true };
		const edits: [string, unknown][] = [
			['an unknown kind', { kind: 'essay', value: 'x' }],
			['a number where an id belongs', { kind: 'single', choice: 1 }],
			['a numeric answer that is not a number', { kind: 'numeric', value: 'three' }],
			['a match pairing to a non-id', { kind: 'match', pairs: { l: 2 } }]
		];
		for (const [what, response] of edits) {
			const edited = structuredClone(record) as unknown as {
				attempt: { responses: Record<string, unknown> };
			};
			edited.attempt.responses.z = response;
			const raw = JSON.stringify({ version: 1, records: { good: record, edited }, last: 'good' });
			const read = readStored(raw);
			expect(read.kind === 'ok' && Object.keys(read.data.records), what).toEqual(['good']);
			expect(read.kind === 'ok' && read.dropped, what).toBe(1);
		}
	});
});
