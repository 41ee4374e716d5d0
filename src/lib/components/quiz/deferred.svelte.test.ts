import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '$lib/i18n';

afterEach(() => {
	document.body.innerHTML = '';
	vi.resetModules();
});

/** A fresh copy of the module: its parts are loaded once per page. */
const fresh = () => import('./deferred.svelte');

describe('the parts loaded on demand', () => {
	it('tries once more, then offers a reload when the module cannot be had (a deploy took it away)', async () => {
		const { prepare, whenPartsFail } = await fresh();
		const { offerReload } = await import('$lib/offline/reload');
		whenPartsFail(() => offerReload(t.offline.loadFailed));
		const load = vi.fn(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
		await expect(prepare(load)).rejects.toThrow(/dynamically imported/);
		expect(load).toHaveBeenCalledTimes(2);
		const offer = document.getElementById('reload-offer');
		expect(offer?.getAttribute('role')).toBe('alert');
		expect(offer?.querySelector('p')?.textContent).toBe(t.offline.loadFailed);
		expect(offer?.querySelector('button')?.textContent).toBe(t.offline.reload);
	});

	it('offers nothing when the second try works', async () => {
		const { prepare, part } = await fresh();
		const parts = await import('./deferred-parts');
		let calls = 0;
		const flaky = () => (++calls === 1 ? Promise.reject(new Error('blip')) : Promise.resolve(parts));
		await prepare(flaky);
		expect(document.getElementById('reload-offer')).toBeNull();
		expect(part('SubmitBar')).toBe(parts.SubmitBar);
	});
});
