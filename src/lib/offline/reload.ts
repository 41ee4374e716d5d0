// When part of a page cannot be loaded (a new version was deployed and the old build's file is
// gone, or the connection dropped), the page says so and offers a reload instead of waiting for
// ever. Plain DOM, so any page can use it: Kit pages and island pages alike.
import { t } from '$lib/i18n';

const ID = 'reload-offer';

/**
 * Shows (or updates) a notice at the foot of the window with a button. `reload` runs on click;
 * by default the page reloads.
 */
export function offerReload(message: string, reload: () => void = () => location.reload()): void {
	let box = document.getElementById(ID);
	if (!box) {
		box = document.createElement('div');
		box.id = ID;
		box.className = 'reload-offer';
		box.setAttribute('role', 'alert');
		box.append(document.createElement('p'), document.createElement('button'));
		document.body.append(box);
	}
	const [text, button] = [box.querySelector('p')!, box.querySelector('button')!];
	text.textContent = message;
	button.type = 'button';
	button.textContent = t.offline.reload;
	button.onclick = () => {
		button.disabled = true;
		reload();
	};
}

/** A new version of the site has installed: `takeUp` switches to it. */
export function offerNewVersion(takeUp: () => void): void {
	offerReload(t.offline.updateReady, takeUp);
}

/**
 * Runs `load` (a dynamic import, say), once more if it fails; if it fails again, offers a reload
 * and rejects with the error, so the caller can stop showing "loading".
 */
export async function retryOrOfferReload<T>(load: () => Promise<T>, retries = 1): Promise<T> {
	for (let attempt = 0; ; attempt++) {
		try {
			return await load();
		} catch (error) {
			if (attempt >= retries) {
				offerReload(t.offline.loadFailed);
				throw error;
			}
		}
	}
}

/**
 * Whether a rejection is a module that could not be imported (Chromium: "Failed to fetch
 * dynamically imported module", Firefox: "error loading dynamically imported module", Safari:
 * "Importing a module script failed"): after a deploy, the old build's file is gone.
 */
export const isImportFailure = (reason: unknown): boolean =>
	reason instanceof TypeError && /import/i.test(reason.message);
