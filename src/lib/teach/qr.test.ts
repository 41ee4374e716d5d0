import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrShape } from './qr';

describe('qrShape', () => {
	it('draws exactly the dark modules of the code, with a quiet zone', () => {
		const text = 'https://example.org/assignment#v=1&l=a&m=test&p=70&s=1&id=0a1b2c3d';
		const shape = qrShape(text)!;
		const data = encode(text, { ecc: 'M', border: 4 }).data;
		expect(shape.size).toBe(data.length);
		const dark = new Set<string>();
		for (const r of shape.runs) for (let x = r.x; x < r.x + r.width; x++) dark.add(`${x},${r.y}`);
		data.forEach((row, y) => row.forEach((on, x) => expect(dark.has(`${x},${y}`)).toBe(on)));
		expect(shape.runs.every((r) => r.x >= 4 && r.y >= 4)).toBe(true);
	});

	it('returns null for text too long for any QR code', () => {
		expect(qrShape('x'.repeat(5000))).toBeNull();
	});
});
