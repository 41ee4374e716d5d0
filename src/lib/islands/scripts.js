// The island scripts (src/islands/<name>.ts): one per kind of island page. vite.config.ts builds
// each as an entry of the client build; pages load theirs with <IslandScript>. Plain JavaScript so
// the Vite config can import it as it is.
export const ISLAND_SCRIPTS = /** @type {const} */ (['lesson', 'embed', 'teach']);

/** @typedef {(typeof ISLAND_SCRIPTS)[number]} IslandScriptName */

/**
 * What a page needs to load one island script: paths relative to the site's root.
 * @typedef {{ script: string, preload: string[], styles: string[] }} IslandAssets
 * `preload`: modules the script imports, preloaded so they download in parallel. `styles`: the
 * stylesheets of the modules it imports on demand (the page links those of everything else).
 */
