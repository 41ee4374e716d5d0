import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit(), svelteTesting()],
	server: { fs: { allow: ['lessons'] } },
	test: {
		environment: 'jsdom',
		include: ['src/**/*.test.ts', 'tests/content/**/*.test.ts'],
		setupFiles: ['tests/setup.ts']
	}
});
