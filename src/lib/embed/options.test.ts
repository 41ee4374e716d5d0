import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { embedQuery, parseEmbedOptions, type EmbedOptions } from './options';

describe('parseEmbedOptions', () => {
	it('defaults to a practice quiz alone, one question at a time, light, no limit', () => {
		expect(parseEmbedOptions('')).toEqual({
			reading: false,
			mode: 'practice',
			attempts: null,
			review: 'always',
			layout: 'paged',
			theme: 'light'
		});
	});
	it('gives a test one attempt and the answers after it, unless the host says otherwise', () => {
		expect(parseEmbedOptions('?mode=test')).toMatchObject({
			mode: 'test',
			attempts: 1,
			review: 'after-last'
		});
		expect(parseEmbedOptions('?mode=test&attempts=3&review=never')).toMatchObject({
			attempts: 3,
			review: 'never'
		});
		expect(parseEmbedOptions('?mode=test&attempts=unlimited')).toMatchObject({ attempts: null });
	});
	it('reads reading, pass mark, layout and theme', () => {
		expect(parseEmbedOptions('?reading=1&passMark=80&layout=scroll&theme=dark')).toMatchObject({
			reading: true,
			passMark: 80,
			layout: 'scroll',
			theme: 'dark'
		});
		expect(parseEmbedOptions(new URLSearchParams('reading&theme=AUTO')).theme).toBe('auto');
	});
	it('ignores values it cannot use', () => {
		const odd = parseEmbedOptions(
			'?mode=exam&passMark=101&attempts=0&review=later&layout=grid&theme=pink&reading=no'
		);
		expect(odd).toEqual(parseEmbedOptions(''));
		expect(parseEmbedOptions('?attempts=999').attempts).toBe(20);
	});
});

describe('embedQuery', () => {
	const options: fc.Arbitrary<EmbedOptions> = fc.record(
		{
			reading: fc.boolean(),
			mode: fc.constantFrom('practice' as const, 'test' as const),
			passMark: fc.integer({ min: 0, max: 100 }),
			attempts: fc.option(fc.integer({ min: 1, max: 20 }), { nil: null }),
			review: fc.constantFrom('always' as const, 'after-last' as const, 'never' as const),
			layout: fc.constantFrom('paged' as const, 'scroll' as const),
			theme: fc.constantFrom('light' as const, 'dark' as const, 'auto' as const)
		},
		{ requiredKeys: ['reading', 'mode', 'attempts', 'review', 'layout', 'theme'] }
	);
	it('writes only what differs from the defaults and reads back the same', () => {
		expect(embedQuery(parseEmbedOptions(''))).toBe('');
		expect(embedQuery({ ...parseEmbedOptions('?mode=test') })).toBe('?mode=test');
		fc.assert(
			fc.property(options, (o) => {
				expect(parseEmbedOptions(embedQuery(o))).toEqual(o);
			})
		);
	});
});
