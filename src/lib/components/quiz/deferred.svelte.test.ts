import { afterEach, describe, expect, it, vi } from 'vitest';
import { isImportFailure } from '$lib/offline/reload';

afterEach(() => {
	vi.doUnmock('./deferred-parts');
	vi.resetModules();
});

/** A fresh copy of the module: its parts are loaded once per page. */
const fresh = () => import('./deferred.svelte');

describe('the parts loaded on demand', () => {
	it('reports and rejects when the module cannot be had (a deploy took it away), and a later sign of intent tries again', async () => {
		vi.doMock('./deferred-parts', () => {
			throw new TypeError('Failed to fetch dynamically imported module');
		});
		const { prepare, ready } = await fresh();
		const reported = vi.fn();
		vi.stubGlobal('reportError', reported);
		await expect(prepare()).rejects.toThrow();
		// Waiting for the parts never rejects; the page hears of the failure (it offers a reload).
		await expect(ready()).resolves.toBeUndefined();
		expect(reported).toHaveBeenCalledOnce();
		vi.unstubAllGlobals();
		vi.doUnmock('./deferred-parts');
		const parts = await prepare();
		expect(parts.SubmitBar).toBeTruthy();
	});

	it('tells an import that failed from other errors, in the words of each browser', () => {
		for (const message of [
			'Failed to fetch dynamically imported module: https://x/_app/a.js',
			'error loading dynamically imported module: https://x/_app/a.js',
			'Importing a module script failed.'
		])
			expect(isImportFailure(new TypeError(message))).toBe(true);
		expect(isImportFailure(new Error('Failed to fetch dynamically imported module'))).toBe(false);
		expect(isImportFailure(new TypeError('x is not a function'))).toBe(false);
		expect(isImportFailure('import')).toBe(false);
	});
});
