import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from './download';

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe('downloadFile', () => {
	it('offers the text under the name given, and frees it afterwards', async () => {
		vi.useFakeTimers();
		const blobs: Blob[] = [];
		URL.createObjectURL = vi.fn((blob: Blob) => {
			blobs.push(blob);
			return 'blob:test';
		});
		URL.revokeObjectURL = vi.fn();
		const clicked: { href: string; download: string }[] = [];
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
			clicked.push({ href: this.href, download: this.download });
		});

		downloadFile('class.csv', ['\ufeff', 'a,b\r\n'], 'text/csv;charset=utf-8');
		expect(clicked).toEqual([{ href: 'blob:test', download: 'class.csv' }]);
		expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
		// The byte-order mark (3 bytes in UTF-8) is there for spreadsheets; text() reads past it.
		expect(blobs[0]!.size).toBe(3 + 5);
		expect(await blobs[0]!.text()).toBe('a,b\r\n');
		expect(document.querySelector('a[download]')).toBeNull();
		expect(URL.revokeObjectURL).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test');
	});
});
