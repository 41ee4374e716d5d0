// What the service worker keeps and how it answers, as plain functions a unit test can call.

export const CACHE_PREFIX = 'news-lessons-';
/** Where the worker notes the pages that were open when it took over (not a build's cache). */
export const META_CACHE = 'news-lessons:meta';

export function cacheName(version: string): string {
	return `${CACHE_PREFIX}${version}`;
}

/** Caches from earlier builds: ours by prefix, but not the current one. */
export function staleCaches(keys: readonly string[], current: string): string[] {
	return keys.filter((key) => key.startsWith(CACHE_PREFIX) && key !== current);
}

export type Strategy = 'cache-first' | 'network-first' | 'pass';

/**
 * Build files are immutable (hashed names): serve them from any of our caches, so a page of an
 * earlier build still finds its own files after a new one is deployed. Pages and data may change
 * with a new build: try the network, fall back to the cache offline. Other origins and non-GETs
 * pass through.
 */
export function strategyFor(
	request: { method: string; url: string },
	origin: string,
	base: string
): Strategy {
	if (request.method !== 'GET') return 'pass';
	const url = new URL(request.url);
	if (url.origin !== origin) return 'pass';
	return url.pathname.startsWith(`${base}/_app/immutable/`) ? 'cache-first' : 'network-first';
}

/** Pages are cached under their path alone: `?mode=test` and the like open the same page. */
export function pageKey(url: string): string {
	return new URL(url).pathname;
}

/**
 * The pages a new build should keep for offline use: those an earlier build had cached (a learner
 * visited or saved them) and the ones open now, if the new build still has them.
 */
export function pagesToKeep(urls: Iterable<string>, pages: Readonly<Record<string, number>>): string[] {
	const out = new Set<string>();
	for (const url of urls) {
		const path = new URL(url).pathname;
		if (path in pages) out.add(path);
	}
	return [...out];
}

/** A download size as people read it: "850 KB", "1.4 MB". */
export function formatSize(bytes: number): string {
	if (bytes < 1000 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
