import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Lesson and embed pages are prerendered with `csr = false`: they load no SvelteKit client, only
 * one small island script that mounts the quiz (see src/islands/ and src/lib/islands/). This
 * plugin adds those scripts to Kit's client build as extra entries, so they are hashed, share
 * chunks with the rest of the site and are cached by the service worker like any other build file.
 */
function islands(names: string[]): Plugin {
	let client = false;
	return {
		name: 'islands',
		apply: 'build',
		configResolved(config) {
			client = !config.build.ssr;
		},
		buildStart() {
			if (!client) return;
			for (const name of names) {
				this.emitFile({ type: 'chunk', id: `src/islands/${name}.ts`, name: `island-${name}` });
			}
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), islands(['lesson', 'embed']), svelteTesting()],
	server: { fs: { allow: ['lessons'] } },
	test: {
		environment: 'jsdom',
		include: ['src/**/*.test.ts', 'tests/content/**/*.test.ts'],
		setupFiles: ['tests/setup.ts'],
		// Component tests render real Svelte components in jsdom and drive them with user-event, and
		// the property tests run hundreds of cases: on the shared 2-core machine, with other builds
		// running, some take well over Vitest's 5 s default without anything being wrong. 30 s still
		// stops a test that hangs.
		testTimeout: 30_000,
		hookTimeout: 30_000
	}
});
