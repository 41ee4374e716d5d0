import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { paragraphIds } from './src/lib/content/paragraph-ids.js';
import { diagramMarkers } from './src/lib/content/diagram-markers.js';
import { withOfflineManifest } from './src/lib/offline/adapter.js';
import { areasFor, textModule } from './src/lib/i18n/areas.js';

const out = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	// One array: declaring `preprocess` twice silently drops one of them.
	preprocess: [
		mdsvex({
			extensions: ['.md'],
			remarkPlugins: [paragraphIds, diagramMarkers],
			// Frontmatter is parsed and validated by src/lib/content at build time and reaches pages as
			// data; an empty parse keeps it out of every reading's client JavaScript.
			frontmatter: { type: 'yaml', marker: '-', parse: () => ({}) }
		}),
		vitePreprocess()
	],
	compilerOptions: {
		// mdsvex still emits `<script context="module">`; only that warning is silenced.
		warningFilter: (warning) => warning.code !== 'script_context_deprecated'
	},
	kit: {
		// The offline manifest (src/lib/offline/) is written beside the site: the course is every page
		// a learner uses (not the teacher's pages or the embeds); the readings are content, which
		// /assignment imports one by one.
		adapter: withOfflineManifest(adapter({ pages: out, strict: true }), {
			out,
			isCourse: (path) => !/^(\/es)?\/(teach|embed)(\/|$)/.test(path),
			isContent: (source) => source.startsWith('lessons/'),
			// Text is loaded by language and area: a page keeps its own language's, for its route.
			needs: (source, path) => {
				const text = textModule(source);
				const language = /^\/(es)(\/|$)/.exec(path)?.[1] ?? 'en';
				return (
					!text ||
					(text.language === language &&
						areasFor(path).includes(/** @type {import('./src/lib/i18n/areas.js').Area} */ (text.area)))
				);
			}
		}),
		// Helpers and CI can build side by side without clobbering each other.
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		// The site can live under a path (https://example.org/course/): every URL it writes starts
		// with `base` (`npm run build:base` builds such a copy for the browser tests). Root-relative
		// (/course/_app/...), not relative to each page (./_app/...): the 404 page is served at
		// whatever path was asked for, and relative paths would point nowhere from /a/b/c.
		paths: { base: /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? ''), relative: false },
		// Registered by the site's own pages (src/lib/offline/register.ts), never by embeds.
		serviceWorker: { register: false },
		// Every page in every language: the crawl starts from each edition's course page (the language
		// switch links them too, but a page must not depend on that to be built).
		prerender: { entries: ['*', '/es'], handleHttpError: 'fail', handleMissingId: 'fail' },
		// The site's stylesheets are small: inlined, they cost no render-blocking request (a round trip
		// each on a phone), which is most of the first paint. `style-src 'unsafe-inline'` allows them.
		inlineStyleThreshold: 8192,
		// Strict CSP, delivered as a <meta> tag in prerendered pages: Kit adds the hashes of its own
		// inline scripts, nothing else inline runs. `frame-ancestors` cannot go in a meta tag: see
		// static/_headers and docs/embedding.md.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Inline style *attributes* (Kit's route announcer, Svelte's style: directives) need this;
				// scripts stay strict.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
