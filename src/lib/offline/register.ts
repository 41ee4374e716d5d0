// Registers the service worker (src/service-worker.ts). Kit's automatic registration is off
// (svelte.config.js): it would also run inside embedded quizzes on other sites, where caching the
// course is not wanted, and pages without Kit's client would not run it.
//
// Island scripts are built without Kit (src/lib/islands/build.ts): nothing here may import $app/*.
//
// It also tells this page's worker what the page loaded before the worker controlled it (so a
// first visit works offline), and offers the learner a new version when one has installed.
/** Same-origin files this page has loaded, as paths. */
function loaded(): string[] {
	const paths = performance
		.getEntriesByType('resource')
		.map((entry) => new URL(entry.name))
		.filter((url) => url.origin === location.origin)
		.map((url) => url.pathname);
	return [location.pathname, ...paths];
}

/** Rare, so its code loads only then (it is cached with the page, like everything the page loads). */
async function offerUpdate(registration: ServiceWorkerRegistration): Promise<void> {
	const { offerNewVersion } = await import('./reload');
	offerNewVersion(() => {
		const waiting = registration.waiting;
		if (!waiting) return location.reload();
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
		waiting.postMessage({ type: 'skip-waiting' });
	});
}

/** Registers once the page has loaded, so the worker's downloads never compete with the page's own. */
export function registerServiceWorker(): void {
	if (!('serviceWorker' in navigator)) return;
	if (document.readyState === 'complete') register();
	else addEventListener('load', register, { once: true });
}

function register(): void {
	const container = navigator.serviceWorker;
	const firstVisit = !container.controller;
	container
		.register('/service-worker.js', { type: import.meta.env.DEV ? 'module' : 'classic' })
		.then((registration) => {
			if (registration.waiting && container.controller) void offerUpdate(registration);
			registration.addEventListener('updatefound', () => {
				const worker = registration.installing;
				worker?.addEventListener('statechange', () => {
					if (worker.state === 'installed' && container.controller) void offerUpdate(registration);
				});
			});
			if (firstVisit)
				void container.ready.then((ready) => ready.active?.postMessage({ type: 'keep', paths: loaded() }));
		})
		.catch(() => {
			// Offline use is a bonus: the site works the same without it.
		});
}
