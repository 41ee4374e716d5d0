// npm run bench: builds the site, loads one page of each type in Chromium and prints what each
// loads (JavaScript, CSS, HTML; raw and gzipped) beside the budgets, what the service worker caches
// on a first visit and as lessons are opened, what "save the whole course" keeps, and the build
// time. Bytes are deterministic; times vary with the machine and are printed, never asserted.
//
//   npm run bench                          # the course as it is
//   npm run bench -- --lighthouse          # and Lighthouse (mobile) on the same four pages
//   npm run bench -- --lessons 5,25,100    # the scaling bench instead (scripts/bench-scale.mjs)
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { budgetOf, byteBudgets, kb, measure, precache, table } from './measure.mjs';
import { firstLesson, lighthouseTable } from './lighthouse.mjs';

const { values: args } = parseArgs({
	options: { lighthouse: { type: 'boolean', default: false }, lessons: { type: 'string' } }
});
if (args.lessons) {
	const scale = spawnSync(process.execPath, ['scripts/bench-scale.mjs', '--lessons', args.lessons], {
		stdio: 'inherit'
	});
	process.exit(scale.status ?? 1);
}

const port = Number(process.env.PORT ?? 4190);
const buildDir = process.env.BUILD_DIR ?? 'build';

const started = performance.now();
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
	stdio: 'inherit',
	env: process.env
});
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - started) / 1000;

const first = firstLesson();
const plan = JSON.parse(readFileSync(join(buildDir, 'offline.json'), 'utf8'));
const second = plan.course.find((p) => p.startsWith('/lessons/') && p !== `/lessons/${first}`);
const pages = {
	home: '/',
	lesson: `/lessons/${first}`,
	embed: `/embed/${first}`,
	teacher: '/teach',
	'home es': '/es',
	'lesson es': `/es/lessons/${first}`,
	'embed es': `/es/embed/${first}`
};

const server = spawn(process.execPath, ['scripts/serve.mjs'], {
	env: { ...process.env, PORT: String(port), BUILD_DIR: buildDir },
	stdio: ['ignore', 'pipe', 'inherit']
});
await new Promise((resolve) => server.stdout.once('data', resolve));
const baseURL = `http://127.0.0.1:${port}`;

/** @param {string[][]} rows */
function grid(rows) {
	const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
	const line = (/** @type {string[]} */ cells) =>
		`| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	return [line(rows[0]), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n');
}

try {
	const rows = await measure(baseURL, pages);
	console.log(`\nBuild time: ${buildSeconds.toFixed(1)} s (Node ${process.version})\n`);
	console.log(table(rows));

	// The service worker's cache: a first visit, then more lessons, then the whole course.
	const visits = [
		['first visit: /', ['/']],
		[`first visit: /lessons/${first}`, [`/lessons/${first}`]],
		['/, then 1 lesson', ['/', `/lessons/${first}`]],
		['/, then 2 lessons', ['/', `/lessons/${first}`, second]]
	];
	const cacheRows = [['offline cache', 'files', 'raw', 'gzip', 'budget']];
	let over = false;
	for (const [label, paths] of visits) {
		const c = await precache(baseURL, paths, buildDir);
		const firstVisit = label.startsWith('first visit');
		const ok = c.gzip <= byteBudgets.firstVisitCache;
		if (firstVisit && !ok) over = true;
		cacheRows.push([
			label,
			String(c.files.length),
			kb(c.bytes),
			kb(c.gzip),
			firstVisit ? `${kb(byteBudgets.firstVisitCache)} ${ok ? 'ok' : 'OVER'}` : '-'
		]);
	}
	const course = new Set([
		...plan.course.flatMap((p) => [p, ...plan.bundles[plan.pages[p]]]),
		...plan.content
	]);
	const sum = (/** @type {0 | 1} */ i) => [...course].reduce((n, f) => n + (plan.sizes[f]?.[i] ?? 0), 0);
	cacheRows.push(['"save the whole course"', String(course.size), kb(sum(0)), kb(sum(1)), '-']);
	console.log(`\n${grid(cacheRows)}`);

	const overJs = rows.filter((r) => budgetOf(r.type) && r.jsGzip > budgetOf(r.type));
	const foreign = rows.flatMap((r) => r.foreign);
	if (foreign.length) console.log(`\nRequests to other origins: ${foreign.join(', ')}`);
	if (overJs.length || foreign.length || over) process.exitCode = 1;
	else
		console.log(
			'\nEvery page is within its JavaScript budget, a first visit within its cache budget, and nothing is requested from another origin.'
		);

	if (args.lighthouse) console.log(`\n${lighthouseTable(baseURL, Object.values(pages))}`);
} finally {
	server.kill();
}
