// The islands build. Lesson and embed pages are prerendered with `csr = false`: they load no
// SvelteKit client, only one small island script that hydrates the quiz (src/islands/,
// src/lib/islands/). These scripts are built here, each by a Vite build of its own that runs when
// Kit's client build has written its files (so before prerendering, which reads our manifest):
//
// - on their own, the scripts share no chunks with Kit's client or with each other, so each page
//   downloads one file with only what its islands use, plus what it imports on demand (a shared
//   chunk carries whatever any page needs, and files compressed apart compress worse: the
//   JavaScript budgets of DESIGN.md have no room for either);
// - they go under the client output, so the adapter copies them with every other build file;
// - the pages link the CSS of every component they render, islands included (Svelte's class hashes
//   come from file names, the same in both builds); the CSS of the parts a script imports on demand
//   is recorded for the page to link as well (IslandScript.svelte), so those imports need no
//   preload helper (./no-preload.ts);
// - each script is built once per language, with `$lib/i18n` pinned to that language's text
//   (src/lib/i18n/pin-language.js): a page downloads its own language only;
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
import { pinLanguage } from '../i18n/pin-language.js';
import { noPreloadHelper } from './no-preload.ts';

/** Where island files go, under the client output (served as `<assets>/<dir>/<file>`). */
const DIR = '_app/immutable/islands';

export function islands({
	names,
	languages,
	outDir
}: {
	names: readonly string[];
	languages: readonly string[];
	outDir: string;
}): Plugin {
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
			const written: Manifest = {};
			for (const [i, language] of languages.entries()) {
				written[language] = await buildIslands({
					root,
					names,
					language,
					clientDir: options.dir,
					// One output folder for every language: the first build clears what a previous run left.
					empty: i === 0
				});
			}
			mkdirSync(dirname(manifest), { recursive: true });
			writeFileSync(manifest, JSON.stringify(written, null, '\t'));
			await buildHostScript({ root, clientDir: options.dir });
		}
	};
}

type Assets = { script: string; preload: string[]; styles: string[] };
/** Per language, per island script: the file and the modules it imports. */
type Manifest = Record<string, Record<string, Assets>>;

async function buildIslands({
	root,
	names,
	language,
	clientDir,
	empty
}: {
	root: string;
	names: readonly string[];
	language: string;
	clientDir: string;
	empty: boolean;
}): Promise<Record<string, Assets>> {
	const written: Record<string, Assets> = {};
	const record: Plugin = {
		name: 'islands-manifest',
		generateBundle(_options, bundle) {
			for (const out of Object.values(bundle)) {
				if (out.type !== 'chunk' || !out.isEntry) continue;
				const preload = new Set<string>();
				const styles = new Set<string>();
				const seen = new Set<string>();
				// Static imports are preloaded; whatever is imported on demand brings its stylesheets.
				const visit = (file: string, onDemand: boolean) => {
					const chunk = bundle[file];
					if (chunk?.type !== 'chunk' || seen.has(`${file} ${onDemand}`)) return;
					// Loaded with the page already: its CSS is the page's own.
					if (onDemand && (file === out.fileName || preload.has(file))) return;
					seen.add(`${file} ${onDemand}`);
					if (onDemand) for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
					else if (file !== out.fileName) preload.add(file);
					for (const dep of chunk.imports) visit(dep, onDemand);
					for (const dep of chunk.dynamicImports) visit(dep, true);
				};
				visit(out.fileName, false);
				written[out.name.slice(0, -`.${language}`.length)] = {
					script: posix.join(DIR, out.fileName),
					preload: [...preload].map((f) => posix.join(DIR, f)),
					styles: [...styles].map((f) => posix.join(DIR, f))
				};
			}
		}
	};
	// One build per script: chunks shared between scripts would split each page's script into files
	// compressed apart, and carry code only /teach needs.
	for (const [i, name] of names.entries()) {
		await build({
			configFile: false,
			root,
			logLevel: 'warn',
			publicDir: false,
			// Relative URLs between island files: the site may live under a base path or on a CDN.
			base: './',
			// Reads svelte.config.js for the preprocessors; its `kit` part is not used here.
			plugins: [
				svelte({ compilerOptions: { css: 'external' } }),
				pinLanguage(root, language),
				noPreloadHelper(),
				record
			],
			resolve: { alias: { $lib: join(root, 'src/lib') } },
			build: {
				outDir: join(clientDir, DIR),
				emptyOutDir: empty && i === 0,
				copyPublicDir: false,
				sourcemap: !!process.env.ISLAND_SOURCEMAP,
				modulePreload: false,
				assetsDir: '',
				rollupOptions: {
					input: { [`${name}.${language}`]: join(root, 'src/islands', `${name}.ts`) },
					output: { entryFileNames: 'island-[name].[hash].js', chunkFileNames: '[hash].js' }
				}
			}
		});
	}
	for (const name of names) {
		if (!written[name]) throw new Error(`The islands build wrote no ${language} script for "${name}"`);
	}
	return written;
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
