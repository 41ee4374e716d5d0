// Where the built island scripts are (src/islands/*.ts, emitted by the `islands` plugin in
// vite.config.ts into Kit's client build): read from the client build's Vite manifest at prerender
// time. In development Vite serves the source module directly.
import { readFileSync } from 'node:fs';
import { dev } from '$app/environment';

export interface IslandAssets {
	script: string;
	/** Modules the script imports: preloaded so they download in parallel. */
	preload: string[];
	css: string[];
}

interface ManifestChunk {
	file: string;
	imports?: string[];
	css?: string[];
}

let manifest: Record<string, ManifestChunk> | undefined;

function readManifest(): Record<string, ManifestChunk> {
	const outDir = process.env.KIT_OUT_DIR ?? '.svelte-kit';
	manifest ??= JSON.parse(readFileSync(`${outDir}/output/client/.vite/manifest.json`, 'utf8'));
	return manifest!;
}

export function island(name: string): IslandAssets {
	const source = `src/islands/${name}.ts`;
	if (dev) return { script: `/${source}`, preload: [], css: [] };
	const chunks = readManifest();
	const entry = chunks[source];
	if (!entry) throw new Error(`No built island "${name}": is ${source} listed in vite.config.ts?`);
	const preload = new Set<string>();
	const css = new Set<string>(entry.css ?? []);
	const visit = (key: string) => {
		const chunk = chunks[key];
		if (!chunk || preload.has(`/${chunk.file}`)) return;
		preload.add(`/${chunk.file}`);
		chunk.css?.forEach((c) => css.add(c));
		chunk.imports?.forEach(visit);
	};
	entry.imports?.forEach(visit);
	return { script: `/${entry.file}`, preload: [...preload], css: [...css].map((c) => `/${c}`) };
}
