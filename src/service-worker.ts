/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline use: the whole site (it is small) is cached when the worker installs, so any lesson opens
// and scores with the network off. Each build has its own cache; installing a new build deletes the
// old ones.
import { build, files, prerendered, version } from '$service-worker';
import { cacheName, staleCaches, strategyFor } from '$lib/offline/plan';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
const immutable = new Set([...build, ...files]);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll([...build, ...files, ...prerendered]))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(staleCaches(keys, CACHE).map((key) => caches.delete(key))))
			.then(() => sw.clients.claim())
	);
});

async function cacheFirst(request: Request): Promise<Response> {
	const cached = await caches.match(request);
	return cached ?? fetch(request);
}

async function networkFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	try {
		const response = await fetch(request);
		if (response.ok) await cache.put(request, response.clone());
		return response;
	} catch (error) {
		// Pages are cached without their query string (?mode=test and the like).
		const cached = (await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
		if (cached) return cached;
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const strategy = strategyFor(event.request, sw.location.origin, immutable);
	if (strategy === 'pass') return;
	event.respondWith(strategy === 'cache-first' ? cacheFirst(event.request) : networkFirst(event.request));
});
