// The teacher's copy of a lesson: the embed panel (its snippet needs the site's address and the
// author's choices), and the site's progress notice, fetched only if the page has one. The page
// prints without either.
import EmbedPanel from '$lib/components/EmbedPanel.svelte';
import { hydrateIslands } from '$lib/islands/hydrate';

void hydrateIslands({
	'embed-panel': EmbedPanel,
	'progress-notice': { load: () => import('$lib/components/ProgressNotice.svelte') }
});
