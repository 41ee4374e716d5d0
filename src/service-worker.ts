/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline use, a page at a time. A first visit caches the page open and the files it loads (listed
// at build time in offline.json, see src/lib/offline/bundles.js), nothing more; every page opened
// later is cached as it loads, with the files on that list (the parts a page fetches only when the
// learner gets to them included); "save the whole course" (SaveCourse.svelte) adds the rest.
//
// A new build installs beside the old one and waits: pages open in this browser keep the build
// they were loaded with until the learner takes up the new version (the page offers it) or closes
// them. The old build's cache stays until none of the pages that were open when the new worker took
// over is left, so a page of the old build still finds its own files after a deploy.
import { base, version } from '$service-worker';
import { filesFor, type OfflineManifest } from '$lib/offline/bundles.js';
import { cacheName, META_CACHE, pageKey, pagesToKeep, staleCaches, strategyFor } from '$lib/offline/plan';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
const MANIFEST = `${base}/offline.json`;
const OLD_CLIENTS = `${base}/old-clients`;

async function manifest(): Promise<OfflineManifest | null> {
	const cache = await caches.open(CACHE);
	const response = (await cache.match(MANIFEST)) ?? (await fetch(MANIFEST, { cache: 'no-cache' }));
	if (!response.ok) return null;
	const data = (await response.clone().json()) as OfflineManifest;
	// A manifest from another build (a deploy between two requests) would list the wrong files.
	if (data.version !== version) return null;
	await cache.put(MANIFEST, response);
	return data;
}

/** Caches what is not cached yet; a file that fails is skipped (the page that needs it says so). */
async function keep(paths: Iterable<string>): Promise<void> {
	const cache = await caches.open(CACHE);
	await Promise.allSettled(
		[...paths].map(async (path) => {
			if (!(await cache.match(path))) await cache.add(path);
		})
	);
}

/** Paths cached by earlier builds of this site. */
async function cachedByEarlierBuilds(): Promise<string[]> {
	const urls: string[] = [];
	for (const key of staleCaches(await caches.keys(), CACHE)) {
		const cache = await caches.open(key);
		urls.push(...(await cache.keys()).map((request) => request.url));
	}
	return urls;
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const plan = await manifest();
			if (!plan) return;
			const open = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
			const pages = pagesToKeep([...open.map((c) => c.url), ...(await cachedByEarlierBuilds())], plan.pages);
			await keep([MANIFEST, ...filesFor(plan, pages)]);
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Pages open now were loaded with an earlier build (or none): their files must stay.
			const open = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
			const meta = await caches.open(META_CACHE);
			await meta.put(OLD_CLIENTS, Response.json(open.map((c) => c.id)));
			await sw.clients.claim();
			await dropStaleCaches();
		})()
	);
});

let settled = false;

/** Deletes earlier builds' caches once no page that was open when this worker took over is left. */
async function dropStaleCaches(): Promise<void> {
	if (settled) return;
	const meta = await caches.open(META_CACHE);
	const ids: string[] = (await (await meta.match(OLD_CLIENTS))?.json()) ?? [];
	const alive = await Promise.all(ids.map((id) => sw.clients.get(id)));
	if (alive.some(Boolean)) return;
	await Promise.all(staleCaches(await caches.keys(), CACHE).map((key) => caches.delete(key)));
	await meta.delete(OLD_CLIENTS);
	settled = true;
}

async function cacheFirst(request: Request): Promise<Response> {
	const cached = await caches.match(request);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok) {
		const copy = response.clone();
		void caches.open(CACHE).then((cache) => cache.put(request, copy));
	}
	return response;
}

async function networkFirst(request: Request): Promise<Response> {
	const key = pageKey(request.url);
	try {
		const response = await fetch(request);
		// Pages are kept as they are visited; other requests are not (no page asks for __data.json).
		if (response.ok && request.mode === 'navigate') {
			const copy = response.clone();
			void caches.open(CACHE).then((cache) => cache.put(key, copy));
		}
		return response;
	} catch (error) {
		const cached = (await (await caches.open(CACHE)).match(key)) ?? (await caches.match(key));
		if (cached) return cached;
		throw error;
	}
}

/** A page being opened: its files too, those it has not asked for yet included. */
async function keepFilesOf(url: string): Promise<void> {
	const plan = await manifest().catch(() => null);
	if (plan) await keep(filesFor(plan, pagesToKeep([url], plan.pages)));
}

sw.addEventListener('fetch', (event) => {
	const strategy = strategyFor(event.request, sw.location.origin, base);
	if (strategy === 'pass') return;
	event.respondWith(strategy === 'cache-first' ? cacheFirst(event.request) : networkFirst(event.request));
	if (event.request.mode === 'navigate') event.waitUntil(keepFilesOf(event.request.url));
	event.waitUntil(dropStaleCaches());
});

sw.addEventListener('message', (event) => {
	const data = event.data as { type?: string; paths?: unknown } | null;
	// The learner took up the new version: this worker takes over, the page reloads.
	if (data?.type === 'skip-waiting') void sw.skipWaiting();
	// A page that loaded before this worker controlled it lists what it loaded (src/lib/offline/register.ts).
	if (data?.type === 'keep' && Array.isArray(data.paths)) {
		const paths = data.paths.filter(
			(p): p is string =>
				typeof p === 'string' &&
				strategyFor({ method: 'GET', url: new URL(p, sw.location.origin).href }, sw.location.origin, base) !==
					'pass'
		);
		event.waitUntil(keep(paths));
	}
});
