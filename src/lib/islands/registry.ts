// Every island a page can hold: a component the server renders into the page and an island script
// (src/islands/) hydrates in the browser. Pages name islands from this table and hand over its
// component (a typo or the wrong component fails the type check), and each island script hydrates
// the part of it its pages use. Imported for its types only: see Island.svelte.
import type { Component, ComponentProps } from 'svelte';
import LessonQuiz from '$lib/components/LessonQuiz.svelte';
import ProgressNotice from '$lib/components/ProgressNotice.svelte';
import EmbedPanel from '$lib/components/EmbedPanel.svelte';
import EmbedQuiz from '$lib/embed/EmbedQuiz.svelte';

export const islands = {
	quiz: LessonQuiz,
	'progress-notice': ProgressNotice,
	'embed-panel': EmbedPanel,
	'embed-quiz': EmbedQuiz
};

export type Islands = typeof islands;
export type IslandName = keyof Islands;
export type IslandProps<N extends IslandName> = ComponentProps<Islands[N]>;

/** What an island script hydrates: components, or loaders for islands not needed at first. */
export type IslandSet = {
	[N in IslandName]?: Islands[N] | { load: () => Promise<{ default: Component<IslandProps<N>> }> };
};
