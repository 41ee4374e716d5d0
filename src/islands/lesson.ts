// The lesson page's only script: hydrates the quiz, the progress notice and (when opened) the embed
// panel, and registers the service worker.
import Quiz from '$lib/components/Quiz.svelte';
import ProgressNotice from '$lib/components/ProgressNotice.svelte';
import { hydrateIslands } from '$lib/islands/hydrate';
import { registerServiceWorker } from '$lib/offline/register';

void hydrateIslands({
	quiz: Quiz,
	'progress-notice': ProgressNotice,
	'embed-panel': { load: () => import('$lib/components/EmbedPanel.svelte') }
});
registerServiceWorker();
