// Builds a second copy of the site as if hosted under /course (paths.base), into build-base/, for
// the browser test that checks every URL the site writes still works there.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
	stdio: 'inherit',
	env: { ...process.env, BASE_PATH: '/course', KIT_OUT_DIR: '.svelte-kit-base', BUILD_DIR: 'build-base' }
});
process.exit(run.status ?? 1);
