// The islands build. Lesson and embed pages are prerendered with `csr = false`: they load no
// SvelteKit client, only one small island script that hydrates the quiz (src/islands/,
// src/lib/islands/). These scripts are built here, by a Vite build of their own that runs when
// Kit's client build has written its files (so before prerendering, which reads our manifest):
//
// - on their own, the scripts share no chunks with Kit's client, so each downloads only what the
//   islands use (a shared chunk carries whatever any page needs: the JavaScript budgets of
//   DESIGN.md have no room for that);
// - they go under the client output, so the adapter copies them with every other build file;
// - the pages link the CSS of every component they render, islands included (Svelte's class
//   hashes come from file names, the same in both builds); the CSS this build emits is loaded only
//   with an island that arrives later, by dynamic import;
// - what was built (each script and the modules it imports) goes to a manifest of ours, at a path
//   handed to the server code as __ISLANDS_MANIFEST__: nothing depends on where Kit or Vite keep
//   their own manifests.
//
// The same hook builds /embed.js, the script course pages load to host embedded quizzes, from
// src/lib/embed/host.ts: one classic script with no imports, from the same protocol code the
// quiz posts with, so the two cannot drift apart.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin } from 'vite';

/** Where island files go, under the client output (served as `<assets>/<dir>/<file>`). */
const DIR = '_app/immutable/islands';

export function islands({ names, outDir }: { names: readonly string[]; outDir: string }): Plugin {
	const manifest = resolve(outDir, 'islands.json');
	let building = false;
	let root = process.cwd();
	return {
		name: 'islands',
		config: (config, env) => {
			building = env.command === 'build';
			root = resolve(config.root ?? process.cwd());
			return { define: { __ISLANDS_MANIFEST__: JSON.stringify(manifest) } };
		},
		// Once per `vite build`: after Kit's client build (the 'client' environment) has been written.
		async writeBundle(options) {
			if (!building || this.environment.name !== 'client' || !options.dir) return;
			await buildIslands({ root, names, clientDir: options.dir, manifest });
			await buildHostScript({ root, clientDir: options.dir });
		}
	};
}

async function buildIslands({
	root,
	names,
	clientDir,
	manifest
}: {
	root: string;
	names: readonly string[];
	clientDir: string;
	manifest: string;
}) {
	const written: Record<string, { script: string; preload: string[] }> = {};
	const record: Plugin = {
		name: 'islands-manifest',
		generateBundle(_options, bundle) {
			for (const out of Object.values(bundle)) {
				if (out.type !== 'chunk' || !out.isEntry) continue;
				const preload = new Set<string>();
				const visit = (file: string) => {
					const chunk = bundle[file];
					if (chunk?.type !== 'chunk') return;
					for (const dep of chunk.imports) {
						if (preload.has(dep)) continue;
						preload.add(dep);
						visit(dep);
					}
				};
				visit(out.fileName);
				written[out.name] = {
					script: posix.join(DIR, out.fileName),
					preload: [...preload].map((f) => posix.join(DIR, f))
				};
			}
		}
	};
	await build({
		configFile: false,
		root,
		logLevel: 'warn',
		publicDir: false,
		// Relative URLs between island files: the site may live under a base path or on a CDN.
		base: './',
		// Reads svelte.config.js for the preprocessors; its `kit` part is not used here.
		plugins: [svelte({ compilerOptions: { css: 'external' } }), record],
		resolve: { alias: { $lib: join(root, 'src/lib') } },
		build: {
			outDir: join(clientDir, DIR),
			emptyOutDir: true,
			copyPublicDir: false,
			sourcemap: !!process.env.ISLAND_SOURCEMAP,
			modulePreload: false,
			assetsDir: '',
			rollupOptions: {
				input: Object.fromEntries(names.map((name) => [name, join(root, 'src/islands', `${name}.ts`)])),
				output: { entryFileNames: 'island-[name].[hash].js', chunkFileNames: '[hash].js' }
			}
		}
	});
	for (const name of names) {
		if (!written[name]) throw new Error(`The islands build wrote no script for "${name}"`);
	}
	mkdirSync(dirname(manifest), { recursive: true });
	writeFileSync(manifest, JSON.stringify(written, null, '\t'));
}

/** /embed.js: an IIFE, so it runs from any course page's plain <script> tag. */
async function buildHostScript({ root, clientDir }: { root: string; clientDir: string }) {
	await build({
		configFile: false,
		root,
		logLevel: 'warn',
		publicDir: false,
		build: {
			outDir: clientDir,
			emptyOutDir: false,
			copyPublicDir: false,
			sourcemap: false,
			lib: {
				entry: join(root, 'src/lib/embed/host-script.ts'),
				formats: ['iife'],
				name: 'QuizEmbedHost',
				fileName: () => 'embed.js'
			}
		}
	});
}
