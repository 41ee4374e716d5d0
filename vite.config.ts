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
		// Tests fail on what they check, never on time: npm test runs them beside the build, and a
		// busy 2-core machine can take more than the default 5 s over a component test.
		testTimeout: 30_000
	}
});
