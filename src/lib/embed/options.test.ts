import { describe, expect, it } from 'vitest';
import { embedQuery, parseEmbedOptions } from './options';

describe('parseEmbedOptions', () => {
	it('defaults to the quiz alone with the lesson settings', () => {
		expect(parseEmbedOptions('')).toEqual({ reading: false });
	});

	it('reads reading, mode and pass mark', () => {
		expect(parseEmbedOptions('?reading=1&mode=test&passMark=80')).toEqual({
			reading: true,
			mode: 'test',
			passMark: 80
		});
		expect(parseEmbedOptions('reading&mode=practice')).toEqual({ reading: true, mode: 'practice' });
		expect(parseEmbedOptions('reading=0').reading).toBe(false);
	});

	it('ignores values it cannot use', () => {
		expect(parseEmbedOptions('mode=exam&passMark=150')).toEqual({ reading: false });
		expect(parseEmbedOptions('passMark=-1')).toEqual({ reading: false });
		expect(parseEmbedOptions('passMark=7.5')).toEqual({ reading: false });
		expect(parseEmbedOptions('passMark=0').passMark).toBe(0);
	});
});

describe('embedQuery', () => {
	it('writes only what differs from the defaults and reads back the same', () => {
		expect(embedQuery({})).toBe('');
		const query = embedQuery({ reading: true, mode: 'test', passMark: 60 });
		expect(query).toBe('?reading=1&mode=test&passMark=60');
		expect(parseEmbedOptions(query)).toEqual({ reading: true, mode: 'test', passMark: 60 });
	});
});
