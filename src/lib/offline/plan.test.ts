import { describe, expect, it } from 'vitest';
import { cacheName, staleCaches, strategyFor } from './plan';

describe('service worker plan', () => {
	it('a new build replaces only our own older caches', () => {
		const current = cacheName('200');
		expect(staleCaches([cacheName('100'), current, 'someone-else', cacheName('150')], current)).toEqual([
			cacheName('100'),
			cacheName('150')
		]);
		expect(staleCaches([current], current)).toEqual([]);
	});

	it('serves hashed build files from the cache and pages from the network first', () => {
		const immutable = new Set(['/_app/immutable/entry/app.abc.js']);
		const origin = 'https://course.example';
		expect(
			strategyFor({ method: 'GET', url: `${origin}/_app/immutable/entry/app.abc.js` }, origin, immutable)
		).toBe('cache-first');
		expect(strategyFor({ method: 'GET', url: `${origin}/lessons/the-report` }, origin, immutable)).toBe(
			'network-first'
		);
		expect(strategyFor({ method: 'POST', url: `${origin}/lessons/the-report` }, origin, immutable)).toBe(
			'pass'
		);
		expect(strategyFor({ method: 'GET', url: 'https://elsewhere.example/x.js' }, origin, immutable)).toBe(
			'pass'
		);
	});
});
