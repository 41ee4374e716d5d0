// npm test: every check, the independent ones side by side. The type check, the lint (Prettier and
// ESLint), the unit tests and the copy check run while the site and its copy under /course build (each uses about one core, a
// build uses both in bursts); the browser tests, which need the builds, run last. Each step's
// output is printed whole when it ends, with its time; the run fails if any step fails, after all
// have said why.
import { spawn, spawnSync } from 'node:child_process';

/**
 * @param {string} script an npm script
 * @param {Record<string, string>} [env] more environment
 */
function run(script, env = {}) {
	const started = performance.now();
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', '--silent', script], {
			env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1', ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		/** @type {Buffer[]} */
		const output = [];
		child.stdout.on('data', (chunk) => output.push(chunk));
		child.stderr.on('data', (chunk) => output.push(chunk));
		child.on('close', (code) => {
			const seconds = ((performance.now() - started) / 1000).toFixed(1);
			process.stdout.write(`\n── npm run ${script} (${seconds} s, ${code === 0 ? 'ok' : 'FAILED'})\n`);
			process.stdout.write(Buffer.concat(output));
			resolve(code === 0);
		});
	});
}

/**
 * Runs a command in the foreground, its output as it comes (the browser tests take longest).
 * @param {string} label
 * @param {string[]} command
 */
function live(label, [command, ...args]) {
	const started = performance.now();
	return new Promise((resolve) => {
		process.stdout.write(`\n── ${label}\n`);
		const child = spawn(command ?? 'true', args, { stdio: 'inherit' });
		child.on('close', (code) => {
			const seconds = ((performance.now() - started) / 1000).toFixed(1);
			process.stdout.write(`── ${label}: ${seconds} s, ${code === 0 ? 'ok' : 'FAILED'}\n`);
			resolve(code === 0);
		});
	});
}

const started = performance.now();
// No Chromium, no browser tests: say so before anything else runs.
if (spawnSync(process.execPath, ['scripts/require-chromium.mjs'], { stdio: 'inherit' }).status !== 0) {
	process.exit(1);
}
// Kit's generated types first, once: the steps below then read them and rewrite nothing.
if (spawnSync('npx', ['svelte-kit', 'sync'], { stdio: 'inherit' }).status !== 0) process.exit(1);
// Each build gets a Kit directory of its own: `svelte-kit sync` (in check) and Vitest rewrite the
// generated files of theirs with a new version stamp, which must not change under a build. The
// copy under /course has its own already (scripts/build-base.mjs).
const first = await Promise.all([
	run('check'),
	run('lint'),
	run('test:unit'),
	run('copycheck'),
	// A deployed origin, so the pages carry their language alternates (tests/browser/spanish.test.ts).
	run('build', {
		KIT_OUT_DIR: process.env.KIT_OUT_DIR ?? '.svelte-kit-build',
		SITE_ORIGIN: process.env.SITE_ORIGIN ?? 'https://lessons.example.org'
	}),
	run('build:base')
]);
// What test:browser does, less its build:base, which ran above.
const ok = first.every(Boolean) && (await live('playwright test', ['npx', 'playwright', 'test']));
const minutes = ((performance.now() - started) / 60000).toFixed(1);
console.log(`\nnpm test: ${ok ? 'all checks passed' : 'FAILED'} in ${minutes} min`);
process.exit(ok ? 0 : 1);
