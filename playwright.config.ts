import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const port = Number(process.env.PORT ?? 4173);
const buildDir = process.env.BUILD_DIR ?? 'build';
// The copy built under /course (npm run build:base, part of npm test): its server and the smoke
// test against it join the run whenever that copy exists.
const baseDir = process.env.BASE_BUILD_DIR ?? 'build-base';
const withBase = existsSync(baseDir);

export default defineConfig({
	testDir: 'tests/browser',
	outputDir: process.env.PW_OUTPUT ?? 'test-results',
	fullyParallel: true,
	// Two workers on the project's 2-core machines (Playwright's default there is one): much of a
	// browser test is waiting on the page, so two keep both cores busy. PW_WORKERS overrides it.
	workers: Number(process.env.PW_WORKERS) || 2,
	// Per test. Playwright's 30 s is too short for a whole quiz by keyboard on a busy 2-core machine
	// (it took 19 s on a quiet one and ran out with a build beside it); a test that hangs still stops.
	timeout: 90_000,
	// Likewise for one expectation: a Kit page's hydration after a reload took over Playwright's 5 s
	// default with lint and unit tests running beside the browser tests. Passing tests wait no longer.
	expect: { timeout: 10_000 },
	retries: 0,
	reporter: process.env.CI ? 'list' : 'line',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
		// No trace by default: recording one for every test (to keep it on failure) made the run about a
		// fifth slower. To look into a failure: `npx playwright test <file> --trace on`.
		trace: 'off'
	},
	projects: [
		{ name: 'site' },
		...(withBase
			? [
					{
						name: 'under a base path',
						testMatch: /smoke\.test\.ts/,
						use: { baseURL: `http://127.0.0.1:${port + 1}/course/` }
					}
				]
			: [])
	],
	webServer: [
		{
			// The built site (npm run build), served as a static host would.
			command: 'node scripts/serve.mjs',
			url: `http://127.0.0.1:${port}/`,
			env: { PORT: String(port), BUILD_DIR: buildDir },
			reuseExistingServer: false
		},
		...(withBase
			? [
					{
						command: 'node scripts/serve.mjs',
						url: `http://127.0.0.1:${port + 1}/course/`,
						env: { PORT: String(port + 1), BUILD_DIR: baseDir, BASE_PATH: '/course' },
						reuseExistingServer: false
					}
				]
			: [])
	]
});
