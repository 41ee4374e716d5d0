// The teacher's copy of a lesson: the embed panel (its snippet needs the site's address and the
// author's choices). The page prints without it.
import EmbedPanel from '$lib/components/EmbedPanel.svelte';
import { hydrateIslands } from '$lib/islands/hydrate';

void hydrateIslands({ 'embed-panel': EmbedPanel });
