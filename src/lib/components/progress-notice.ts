// The progress notice has something to say on few visits (saved progress repaired or set aside,
// or the browser refusing to save): its island waits until then, and only then fetches the
// component, so most pages never download it.
import { getProgress } from '../progress';

export const progressNotice = {
	load: () =>
		new Promise<void>((resolve) => {
			const store = getProgress();
			const check = () => {
				if (store.notice === null && store.persistent) return;
				stop();
				resolve();
			};
			const stop = store.subscribe(check);
			check();
		}).then(() => import('./ProgressNotice.svelte'))
};
