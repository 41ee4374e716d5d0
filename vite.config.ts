import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import svelteConfig from './svelte.config.js';
import { islands } from './src/lib/islands/build.ts';
import { ISLAND_SCRIPTS } from './src/lib/islands/scripts.js';

export default defineConfig({
	plugins: [
		sveltekit(),
		islands({ names: ISLAND_SCRIPTS, outDir: svelteConfig.kit?.outDir ?? '.svelte-kit' }),
		svelteTesting()
	],
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
