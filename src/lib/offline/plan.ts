// What the service worker keeps, as plain functions a unit test can call.

export const CACHE_PREFIX = 'news-lessons-';

export function cacheName(version: string): string {
	return `${CACHE_PREFIX}${version}`;
}

/** Caches from earlier builds: ours by prefix, but not the current one. */
export function staleCaches(keys: readonly string[], current: string): string[] {
	return keys.filter((key) => key.startsWith(CACHE_PREFIX) && key !== current);
}

export type Strategy = 'cache-first' | 'network-first' | 'pass';

/**
 * Build files are immutable (hashed names): serve from cache. Pages and data may change with a new
 * build: try the network, fall back to the cache offline. Other origins and non-GETs pass through.
 */
export function strategyFor(
	request: { method: string; url: string },
	origin: string,
	immutable: ReadonlySet<string>
): Strategy {
	if (request.method !== 'GET') return 'pass';
	const url = new URL(request.url);
	if (url.origin !== origin) return 'pass';
	return immutable.has(url.pathname) ? 'cache-first' : 'network-first';
}
