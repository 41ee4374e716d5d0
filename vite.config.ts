import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import svelteConfig from './svelte.config.js';
import { islands } from './src/lib/islands/build.ts';
import { ISLAND_SCRIPTS } from './src/lib/islands/scripts.js';
import { LANGUAGES } from './src/lib/i18n/languages.ts';

export default defineConfig({
	plugins: [
		sveltekit(),
		islands({
			names: ISLAND_SCRIPTS,
			languages: LANGUAGES,
			outDir: svelteConfig.kit?.outDir ?? '.svelte-kit'
		}),
		svelteTesting()
	],
	// Where the site is deployed (`SITE_ORIGIN=https://lessons.example.org npm run build`): search
	// engines need absolute addresses for each page's other-language alternates (hreflang), so
	// without it the pages list none.
	define: { __SITE_ORIGIN__: JSON.stringify((process.env.SITE_ORIGIN ?? '').replace(/\/+$/, '')) },
	server: { fs: { allow: ['lessons'] } },
	test: {
		setupFiles: ['tests/setup.ts'],
		// Component tests render real Svelte components in jsdom and drive them with user-event, and
		// the property tests run hundreds of cases: on the shared 2-core machine, with other builds
		// running, some take well over Vitest's 5 s default without anything being wrong. 30 s still
		// stops a test that hangs.
		testTimeout: 30_000,
		hookTimeout: 30_000,
		// As Svelte's own template splits them: `*.svelte.test.ts` needs a DOM (components, storage,
		// the host script) and gets a fresh jsdom per file; the rest are pure TypeScript and share one
		// Node environment and module cache (isolate: false), which took the unit run from 45 s to
		// under 30 s here. A Node test that changes shared state (the language, a stubbed global)
		// puts it back when it ends.
		projects: [
			{
				extends: true,
				test: {
					name: 'dom',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts', 'tests/content/**/*.svelte.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'node',
					environment: 'node',
					isolate: false,
					include: ['src/**/*.test.ts', 'tests/content/**/*.test.ts'],
					exclude: ['**/*.svelte.test.ts']
				}
			}
		]
	}
});
