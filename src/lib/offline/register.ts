// Registers the service worker (src/service-worker.ts). Kit's automatic registration is off
// (svelte.config.js): it would also run inside embedded quizzes on other sites, where caching the
// whole course is not wanted, and pages without Kit's client would not run it.

export function registerServiceWorker(): void {
	if (!('serviceWorker' in navigator)) return;
	navigator.serviceWorker
		.register('/service-worker.js', { type: import.meta.env.DEV ? 'module' : 'classic' })
		.catch(() => {
			// Offline use is a bonus: the site works the same without it.
		});
}
