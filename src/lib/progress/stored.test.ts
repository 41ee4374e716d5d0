import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newRecord } from './records';
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
});
