// The LMS panel's text (en/lms.ts, es/lms.ts) is not one of the areas ./editions.test.ts walks (no
// browser script loads it): the same checks here, keys, arities and no English left in Spanish.
import { describe, expect, it } from 'vitest';
import { lms as en } from './en/lms';
import { lms as es } from './es/lms';
import { shape } from '../../../tests/text-shape';

describe('the LMS panel text', () => {
	it('has the same keys and function arities in Spanish', () => {
		expect(shape(es)).toEqual(shape(en));
	});

	it('has no English left in the Spanish plain strings', () => {
		const english = /\b(the|and|your|you|this|with|not|of|to)\b/i;
		const found: string[] = [];
		const walk = (value: unknown, path: string) => {
			if (typeof value === 'string') {
				if (english.test(value)) found.push(`${path}: ${value}`);
			} else if (value && typeof value === 'object')
				for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
		};
		walk(es, 'lms');
		expect(found).toEqual([]);
	});
});
