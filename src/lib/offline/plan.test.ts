import { describe, expect, it } from 'vitest';
import { cacheName, formatSize, META_CACHE, pageKey, pagesToKeep, staleCaches, strategyFor } from './plan';

describe('service worker plan', () => {
	it('a new build replaces only our own older caches', () => {
		const current = cacheName('200');
		expect(
			staleCaches([cacheName('100'), current, 'someone-else', META_CACHE, cacheName('150')], current)
		).toEqual([cacheName('100'), cacheName('150')]);
		expect(staleCaches([current], current)).toEqual([]);
	});

	it('serves hashed build files from the cache and pages from the network first', () => {
		const origin = 'https://course.example';
		const get = (url: string) => ({ method: 'GET', url });
		expect(strategyFor(get(`${origin}/_app/immutable/entry/app.abc.js`), origin, '')).toBe('cache-first');
		// An earlier build's file is immutable too, though this build does not list it.
		expect(strategyFor(get(`${origin}/base/_app/immutable/chunks/old.js`), origin, '/base')).toBe(
			'cache-first'
		);
		expect(strategyFor(get(`${origin}/lessons/the-report`), origin, '')).toBe('network-first');
		expect(strategyFor(get(`${origin}/_app/version.json`), origin, '')).toBe('network-first');
		expect(strategyFor({ method: 'POST', url: `${origin}/lessons/the-report` }, origin, '')).toBe('pass');
		expect(strategyFor(get('https://elsewhere.example/x.js'), origin, '')).toBe('pass');
	});

	it('caches a page under its path, and keeps the pages the new build still has', () => {
		expect(pageKey('https://course.example/lessons/a?mode=test#q1')).toBe('/lessons/a');
		const pages = { '/': 0, '/lessons/a': 1, '/lessons/b': 1 };
		expect(
			pagesToKeep(
				[
					'https://course.example/lessons/a',
					'https://course.example/lessons/a?mode=test',
					'https://course.example/lessons/gone',
					'https://course.example/_app/immutable/chunks/x.js',
					'https://course.example/'
				],
				pages
			)
		).toEqual(['/lessons/a', '/']);
	});

	it('says sizes as people read them', () => {
		expect(formatSize(300)).toBe('1 KB');
		expect(formatSize(166_082)).toBe('162 KB');
		expect(formatSize(1_468_006)).toBe('1.4 MB');
	});
});
