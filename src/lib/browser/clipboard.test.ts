import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './clipboard';

afterEach(() => vi.unstubAllGlobals());

describe('copyText', () => {
	it('copies and says so', async () => {
		const writeText = vi.fn(async () => {});
		vi.stubGlobal('navigator', { clipboard: { writeText } });
		expect(await copyText('R1.abc')).toBe(true);
		expect(writeText).toHaveBeenCalledWith('R1.abc');
	});

	it('says false when the browser refuses or has no clipboard', async () => {
		vi.stubGlobal('navigator', {
			clipboard: { writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }
		});
		expect(await copyText('x')).toBe(false);
		vi.stubGlobal('navigator', {});
		expect(await copyText('x')).toBe(false);
	});
});
