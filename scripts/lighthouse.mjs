// npm run lighthouse: Lighthouse (mobile, its default) on the built site, served compressed by
// scripts/serve.mjs as a static host would, with the system Chromium. Prints one row per page:
// the four category scores and the main timings, the median of --runs runs by performance score.
//
// Lighthouse is not a dependency (it is large, and 13.x wants Node >= 22.19): npx fetches the
// pinned 12.x, which runs on Node 18+, into npm's cache the first time.
//
//   npm run lighthouse                 # builds into build/ first unless --no-build
//   npm run lighthouse -- --runs 3 --no-build
//   npm run lighthouse -- --page /glossary --page /about
//
// Scores vary with the machine's load; run on a quiet machine. Nothing here is asserted.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const LIGHTHOUSE = 'lighthouse@12.8.2';

/** One Lighthouse run (mobile); returns its JSON report. */
function lighthouse(url, out) {
	const result = spawnSync(
		'npx',
		[
			'--yes',
			LIGHTHOUSE,
			url,
			'--quiet',
			'--output=json',
			`--output-path=${out}`,
			'--only-categories=performance,accessibility,best-practices,seo',
			`--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`
		],
		{ stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: chromiumPath } }
	);
	if (result.status !== 0) throw new Error(`Lighthouse failed on ${url}`);
	return JSON.parse(readFileSync(out, 'utf8'));
}

const score = (report, id) => Math.round((report.categories[id]?.score ?? 0) * 100);
const timing = (report, id) => report.audits[id]?.displayValue ?? '-';

/**
 * Lighthouse on each page of a running site, `runs` times each; returns the table to print (the
 * median run by performance score).
 * @param {string} baseURL
 * @param {string[]} pages
 * @param {number} runs
 */
export function lighthouseTable(baseURL, pages, runs = 1) {
	if (!chromiumPath) throw new Error('Lighthouse needs Chromium: see README (set CHROMIUM_PATH).');
	const work = mkdtempSync(join(tmpdir(), 'lighthouse-'));
	const rows = [];
	try {
		for (const path of pages) {
			const reports = [];
			for (let i = 0; i < runs; i++) {
				reports.push(lighthouse(new URL(path, baseURL).href, join(work, `report-${i}.json`)));
			}
			reports.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
			const r = reports[Math.floor(reports.length / 2)];
			const failing = ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
				r.categories[category].auditRefs
					.filter((ref) => ref.weight > 0 && r.audits[ref.id].score !== null && r.audits[ref.id].score < 1)
					.map((ref) => ref.id)
			);
			rows.push([
				path,
				String(score(r, 'performance')),
				String(score(r, 'accessibility')),
				String(score(r, 'best-practices')),
				String(score(r, 'seo')),
				timing(r, 'first-contentful-paint'),
				timing(r, 'largest-contentful-paint'),
				timing(r, 'total-blocking-time'),
				timing(r, 'cumulative-layout-shift'),
				failing.join(', ') || '-'
			]);
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	const head = ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'audits failed'];
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
	const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
	return [
		`Lighthouse ${LIGHTHOUSE.split('@')[1]}, mobile, ${runs} run(s) per page (median); target: performance 98+, the rest 100`,
		'',
		line(head),
		line(widths.map((w) => '-'.repeat(w))),
		...rows.map(line)
	].join('\n');
}

/** The first lesson's slug, from lessons/. */
export function firstLesson() {
	return readdirSync('lessons')
		.filter((d) => /^\d\d-/.test(d))
		.sort()[0]
		?.replace(/^\d\d-/, '');
}

// Run as a script: build (unless --no-build), serve, measure, print.
if (import.meta.url === `file://${process.argv[1]}`) {
	const { values: args } = parseArgs({
		options: {
			runs: { type: 'string', default: '1' },
			page: { type: 'string', multiple: true },
			'no-build': { type: 'boolean', default: false }
		}
	});
	const port = Number(process.env.PORT ?? 4192);
	const buildDir = process.env.BUILD_DIR ?? 'build';
	if (!args['no-build']) {
		const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
		if (build.status !== 0) process.exit(build.status ?? 1);
	}
	const first = firstLesson();
	const pages = args.page ?? ['/', `/lessons/${first}`, `/embed/${first}`, '/teach'];
	const server = spawn(process.execPath, ['scripts/serve.mjs'], {
		env: { ...process.env, PORT: String(port), BUILD_DIR: buildDir },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise((resolve) => server.stdout.once('data', resolve));
	try {
		console.log(`\n${lighthouseTable(`http://127.0.0.1:${port}`, pages, Math.max(1, Number(args.runs)))}`);
	} finally {
		server.kill();
	}
}
