// Where the built island scripts are: the `islands` plugin in vite.config.ts writes what it built
// (each script's file and the modules it imports) to a JSON file whose path it also hands to this
// module as __ISLANDS_MANIFEST__. Read at prerender time; in development Vite serves the source.
import { existsSync, readFileSync } from 'node:fs';
import { dev } from '$app/environment';
import type { Language } from '$lib/i18n/languages';
import type { IslandAssets, IslandScriptName } from '$lib/islands/scripts';

declare const __ISLANDS_MANIFEST__: string;

let built: Record<string, Record<string, IslandAssets>> | undefined;

/** The island script `name` built for `language` (each language's text is pinned into its build). */
export function islandAssets(name: IslandScriptName, language: Language): IslandAssets {
	if (dev) return { script: `src/islands/${name}.ts`, preload: [], styles: [] };
	if (!built) {
		if (!existsSync(__ISLANDS_MANIFEST__))
			throw new Error(
				`No island manifest at ${__ISLANDS_MANIFEST__}: did the client build run the islands plugin?`
			);
		built = JSON.parse(readFileSync(__ISLANDS_MANIFEST__, 'utf8')) as typeof built;
	}
	const assets = built![language]?.[name];
	if (!assets)
		throw new Error(
			`No built island script "${name}" in ${language}: is it in src/lib/islands/scripts.js, and the language in LANGUAGES?`
		);
	return assets;
}
