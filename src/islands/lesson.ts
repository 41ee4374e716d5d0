// The lesson page's only script: the quiz, the progress notice and the embed panel.
import { mountIslands } from '$lib/islands/mount';
import Quiz from '$lib/components/Quiz.svelte';
import ProgressNotice from '$lib/components/ProgressNotice.svelte';
import { registerServiceWorker } from '$lib/offline/register';

void mountIslands({
	quiz: Quiz,
	'progress-notice': ProgressNotice,
	'embed-panel': { load: () => import('$lib/components/EmbedPanel.svelte') }
});
registerServiceWorker();
