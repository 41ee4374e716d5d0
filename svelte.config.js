import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { paragraphIds } from './src/lib/content/paragraph-ids.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	// One array: declaring `preprocess` twice silently drops one of them.
	preprocess: [mdsvex({ extensions: ['.md'], remarkPlugins: [paragraphIds] }), vitePreprocess()],
	compilerOptions: {
		// mdsvex still emits `<script context="module">`; only that warning is silenced.
		warningFilter: (warning) => warning.code !== 'script_context_deprecated'
	},
	kit: {
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', strict: true }),
		// Helpers and CI can build side by side without clobbering each other.
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
