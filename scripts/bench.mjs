// npm run bench: builds the site, loads one page of each type in Chromium, prints what each loads
// (JavaScript, CSS, HTML; raw and gzipped) beside the budgets, and the build time.
// Bytes are deterministic; times vary with the machine and are printed, never asserted.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { budgets, measure, table } from './measure.mjs';

const port = Number(process.env.PORT ?? 4190);
const buildDir = process.env.BUILD_DIR ?? 'build';

const started = performance.now();
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
	stdio: 'inherit',
	env: process.env
});
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - started) / 1000;

const first = readdirSync('lessons')
	.sort()[0]
	.replace(/^\d\d-/, '');
const pages = { home: '/', lesson: `/lessons/${first}`, embed: `/embed/${first}`, teacher: '/teach' };

const server = spawn(process.execPath, ['scripts/serve.mjs'], {
	env: { ...process.env, PORT: String(port), BUILD_DIR: buildDir },
	stdio: ['ignore', 'pipe', 'inherit']
});
await new Promise((resolve) => server.stdout.once('data', resolve));

try {
	const rows = await measure(`http://127.0.0.1:${port}`, pages);
	console.log(`\nBuild time: ${buildSeconds.toFixed(1)} s (Node ${process.version})\n`);
	console.log(table(rows));
	const over = rows.filter((r) => budgets[r.type] && r.jsGzip > budgets[r.type]);
	const foreign = rows.flatMap((r) => r.foreign);
	if (foreign.length) console.log(`\nRequests to other origins: ${foreign.join(', ')}`);
	if (over.length || foreign.length) process.exitCode = 1;
	else console.log('\nEvery page is within its JavaScript budget and requests nothing from another origin.');
} finally {
	server.kill();
}
