// Mounts each island of the page: the component registered under its name, with the props the
// server wrote beside it. A loader (dynamic import) keeps rarely used islands out of the first load.
import { mount, type Component } from 'svelte';

type Loader = () => Promise<{ default: Component<any> }>;
export type Registry = Record<string, Component<any> | { load: Loader }>;

export async function mountIslands(registry: Registry, root: ParentNode = document): Promise<void> {
	const targets = [...root.querySelectorAll<HTMLElement>('[data-island]')];
	await Promise.all(
		targets.map(async (target) => {
			const entry = registry[target.dataset.island ?? ''];
			if (!entry) return;
			const component = 'load' in entry ? (await entry.load()).default : entry;
			const props = JSON.parse(target.dataset.props ?? '{}');
			target.replaceChildren();
			mount(component, { target, props });
		})
	);
}
