// The lesson readings as Svelte components (compiled by mdsvex), loaded on demand by slug and
// language: `index.md` is the English, `index.es.md` the Spanish.
import type { Component } from 'svelte';
import { editionFile, type Language } from '../i18n/languages';
import { folderOf, slugOf } from './folders';

const modules = import.meta.glob<{ default: Component }>('/lessons/*/index*.md');

const byFile = new Map(
	Object.entries(modules).map(([path, load]) => [
		`${slugOf(folderOf(path))}/${path.slice(path.lastIndexOf('/') + 1)}`,
		load
	])
);

export async function loadReading(slug: string, language: Language): Promise<Component | undefined> {
	const load = byFile.get(`${slug}/${editionFile('index.md', language)}`);
	return load ? (await load()).default : undefined;
}
