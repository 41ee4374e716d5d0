// Hydrates each island of the page: the component its script registered under the island's name,
// with the props the server wrote beside it, over the HTML the server rendered from them (no
// re-render, no flash). An island the script does not know is an error, not silence.
import { hydrate, type Component } from 'svelte';
import { loadLanguage, setLanguage } from '../i18n';
import { isLanguage } from '../i18n/languages';
import type { IslandName, IslandSet } from './registry';

export async function hydrateIslands(set: IslandSet, root: ParentNode = document): Promise<void> {
	// Built scripts have their language pinned (this does nothing); in development the page's
	// language picks the text, as the server's render did.
	const lang = document.documentElement.lang;
	if (import.meta.env.DEV && isLanguage(lang)) {
		await loadLanguage(lang);
		setLanguage(lang);
	}
	const targets = [...root.querySelectorAll<HTMLElement>('[data-island]')];
	await Promise.all(
		targets.map(async (target) => {
			const name = target.dataset.island as IslandName;
			const entry = set[name];
			if (!entry) throw new Error(`This page's island script does not hydrate the "${name}" island`);
			const component = ('load' in entry ? (await entry.load()).default : entry) as Component<never>;
			hydrate(component, { target, props: JSON.parse(target.dataset.props ?? '{}') as never });
		})
	);
}
