// What each built page needs to work offline, worked out once at build time from the page's HTML
// and Vite's client manifest (see adapter.js). Plain JavaScript, so svelte.config.js can load it.
//
// A page needs: the scripts, stylesheets and icon its HTML names, every module those scripts
// import, and the modules they import on demand (the embed panel, the readings of /assignment), but
// not the route table of SvelteKit's client entry: its pages load in full (data-sveltekit-reload),
// so each page's own modules are already named in its HTML.

/**
 * @typedef {{ file: string, imports?: string[], dynamicImports?: string[], css?: string[],
 *   assets?: string[] }} Chunk
 * @typedef {Record<string, Chunk>} ViteManifest
 */

const TAG = /<(link|script)\b[^>]*>/gi;
const ATTR = /([a-z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/gi;
/** Kit's inline start-up script imports its entry modules by URL. */
const IMPORT = /import\(\s*["']([^"']+)["']\s*\)/g;

/** @param {string} tag */
function attributes(tag) {
	/** @type {Record<string, string>} */
	const out = {};
	for (const [, name, a, b, c] of tag.slice(tag.indexOf(' ')).matchAll(ATTR)) {
		if (name) out[name.toLowerCase()] = a ?? b ?? c ?? '';
	}
	return out;
}

/**
 * URL paths (same origin only) that a page's HTML loads: scripts, stylesheets that are not
 * disabled, module preloads, icons, and modules its inline scripts import.
 * @param {string} html
 * @param {string} pagePath the page's URL path, for relative references
 * @returns {string[]}
 */
export function referencedBy(html, pagePath) {
	const page = new URL(pagePath, 'http://site');
	/** @type {Set<string>} */
	const found = new Set();
	const add = (/** @type {string} */ ref) => {
		const url = new URL(ref, page);
		if (url.origin === page.origin) found.add(url.pathname);
	};
	for (const [tag, kind] of html.matchAll(TAG)) {
		const a = attributes(tag);
		if (kind?.toLowerCase() === 'script') {
			if (a.src) add(a.src);
			continue;
		}
		const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
		const wanted = ['stylesheet', 'modulepreload', 'icon', 'preload', 'manifest'].some((r) =>
			rel.includes(r)
		);
		if (a.href && wanted && !('disabled' in a)) add(a.href);
	}
	for (const script of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
		for (const [, ref] of (script[1] ?? '').matchAll(IMPORT)) if (ref) add(ref);
	}
	return [...found];
}

/**
 * Adds to `paths` every module that the built files among them import, statically or on demand,
 * and the stylesheets that modules imported on demand load. Left out: the route table of Kit's
 * entry (`<app>/immutable/entry/`), and content (`isContent(source)`: the readings, which
 * /assignment imports one at a time as a learner opens a lesson).
 * @param {readonly string[]} paths URL paths
 * @param {ViteManifest} manifest
 * @param {string} appPath URL path of Kit's app directory, e.g. `/_app`
 * Built files that Vite's manifest does not list (the island scripts, built on their own by
 * src/lib/islands/build.ts) are read instead: every relative `.js` or `.css` they name is theirs.
 * @param {(source: string) => boolean} [isContent]
 * @param {boolean} [onDemand] whether `paths` themselves are imported on demand
 * @param {(path: string) => string | null} [readText] a built file's text, by URL path
 * @returns {string[]}
 */
export function withImports(
	paths,
	manifest,
	appPath,
	isContent = () => false,
	onDemand = false,
	readText = () => null
) {
	const url = (/** @type {string} */ file) => `${appPath}/${stripApp(file)}`;
	/** @type {Map<string, Chunk>} */
	const byPath = new Map(Object.values(manifest).map((chunk) => [url(chunk.file), chunk]));
	const out = new Set(paths);
	/** @type {Set<string>} */
	const seen = new Set();
	const visit = (/** @type {string} */ path, /** @type {boolean} */ onDemand) => {
		if (seen.has(`${path} ${onDemand}`)) return;
		seen.add(`${path} ${onDemand}`);
		const chunk = byPath.get(path);
		if (!chunk) {
			if (!path.endsWith('.js')) return;
			for (const ref of relativeRefs(readText(path) ?? '', path)) {
				out.add(ref);
				visit(ref, onDemand);
			}
			return;
		}
		out.add(path);
		// Stylesheets of statically imported modules are in the page's HTML already (inlined or linked).
		if (onDemand) for (const file of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) out.add(url(file));
		for (const key of chunk.imports ?? []) if (manifest[key]) visit(url(manifest[key].file), onDemand);
		if (path.startsWith(`${appPath}/immutable/entry/`)) return;
		for (const key of chunk.dynamicImports ?? []) {
			if (manifest[key] && !isContent(key)) visit(url(manifest[key].file), true);
		}
	};
	for (const path of paths) visit(path, onDemand);
	return [...out].sort();
}

/**
 * The content modules (`isContent(source)`) with what they import: cached as a learner opens them,
 * or all at once by "save the whole course".
 * @param {ViteManifest} manifest
 * @param {string} appPath
 * @param {(source: string) => boolean} isContent
 * @returns {string[]}
 */
export function contentFiles(manifest, appPath, isContent) {
	const roots = Object.entries(manifest)
		.filter(([source]) => isContent(source))
		.map(([, chunk]) => `${appPath}/${stripApp(chunk.file)}`);
	return withImports(roots, manifest, appPath, isContent, true);
}

/** Relative `.js` and `.css` paths named in a built script (imports, import(), preload lists). */
const RELATIVE = /["'`](\.{1,2}\/[^"'`\s]+\.(?:js|css))["'`]/g;

/** @param {string} text @param {string} from the script's URL path */
function relativeRefs(text, from) {
	const base = new URL(from, 'http://site');
	return [...text.matchAll(RELATIVE)].flatMap(([, ref]) => (ref ? [new URL(ref, base).pathname] : []));
}

/** Vite's manifest names files under Kit's app directory (`_app/immutable/...`): drop that part. */
function stripApp(/** @type {string} */ file) {
	return file.replace(/^[^/]+\//, '');
}

/**
 * @typedef {{ version: string, pages: Record<string, number>, bundles: string[][],
 *   course: string[], content: string[], sizes: Record<string, [number, number]> }} OfflineManifest
 */

/**
 * The offline manifest: each page's bundle (pages that load the same files share one), the pages
 * and content that make up the course for "save the whole course", and each file's size (raw,
 * gzipped). `needs(source, path)`: whether the page at `path` uses a module its scripts may import
 * on demand (by default, all of them).
 * @param {{ version: string, pages: { path: string, html: string }[], manifest: ViteManifest,
 *   appPath: string, isCourse: (path: string) => boolean, isContent: (source: string) => boolean,
 *   needs?: (source: string, path: string) => boolean,
 *   size: (path: string) => [number, number] | null, readText?: (path: string) => string | null }} input
 * @returns {OfflineManifest}
 */
export function offlineManifest({
	version,
	pages,
	manifest,
	appPath,
	isCourse,
	isContent,
	needs = () => true,
	size,
	readText
}) {
	/** @type {Map<string, number>} */
	const index = new Map();
	/** @type {string[][]} */
	const bundles = [];
	/** @type {Record<string, number>} */
	const byPage = {};
	/** @type {Record<string, [number, number]>} */
	const sizes = {};
	/** Only files that were written are listed (an HTML reference may point elsewhere). */
	const known = (/** @type {string} */ file) => {
		const bytes = size(file);
		if (bytes) sizes[file] = bytes;
		return !!bytes;
	};
	for (const { path, html } of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
		// A module the page may import on demand but never does (another language's text) stays out.
		const skip = (/** @type {string} */ source) => isContent(source) || !needs(source, path);
		const files = withImports(referencedBy(html, path), manifest, appPath, skip, false, readText).filter(
			known
		);
		const key = files.join('\n');
		if (!index.has(key)) {
			index.set(key, bundles.length);
			bundles.push(files);
		}
		byPage[path] = /** @type {number} */ (index.get(key));
		const own = size(path);
		if (own) sizes[path] = own;
	}
	return {
		version,
		pages: byPage,
		bundles,
		course: Object.keys(byPage).filter(isCourse),
		content: contentFiles(manifest, appPath, isContent).filter(known),
		sizes
	};
}

/**
 * Every URL path to cache so that `pages` work offline: the pages and their bundles.
 * @param {Pick<OfflineManifest, 'pages' | 'bundles'>} manifest
 * @param {Iterable<string>} pages
 * @returns {string[]}
 */
export function filesFor(manifest, pages) {
	/** @type {Set<string>} */
	const out = new Set();
	for (const page of pages) {
		const bundle = manifest.pages[page];
		if (bundle === undefined) continue;
		out.add(page);
		for (const file of manifest.bundles[bundle] ?? []) out.add(file);
	}
	return [...out];
}

/**
 * What "save the whole course" keeps: every course page, its bundle, and all the content.
 * @param {OfflineManifest} manifest
 * @returns {string[]}
 */
export function courseFiles(manifest) {
	return [...new Set([...filesFor(manifest, manifest.course), ...manifest.content])];
}
