// The lesson readings as Svelte components (compiled by mdsvex), loaded on demand by slug.
import type { Component } from 'svelte';
import { folderOf, slugOf } from './folders';

const modules = import.meta.glob<{ default: Component }>('/lessons/*/index.md');

const bySlug = new Map(Object.entries(modules).map(([path, load]) => [slugOf(folderOf(path)), load]));

export async function loadReading(slug: string): Promise<Component | undefined> {
	const load = bySlug.get(slug);
	return load ? (await load()).default : undefined;
}
