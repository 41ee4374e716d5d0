// For the islands build (./build.ts). Vite wraps every dynamic import() of a browser build in its
// preload helper, which adds <link> tags for the stylesheets and modules the imported chunk needs
// first. Island pages need neither: they link the CSS of every component they render (Kit's build
// writes those links) and of the parts their script imports on demand (IslandScript.svelte, from
// the islands manifest), and module preloading is off. The helper would still be downloaded with
// any island that imports on demand (0.9 KB gzipped), so it is replaced by one that only imports.
import type { Plugin } from 'vite';

/** The id Vite gives its helper (vite/src/node/plugins/importAnalysisBuild.ts). */
const HELPER = '\0vite/preload-helper.js';

export const noPreloadHelper = (): Plugin => ({
	name: 'islands-no-preload-helper',
	enforce: 'pre',
	resolveId: (id) => (id === HELPER ? id : null),
	load: (id) => (id === HELPER ? 'export const __vitePreload = (load) => load();' : null)
});
