// Loads pages of the built site in Chromium and adds up what they fetch, by type, raw and gzipped,
// and what the service worker caches. Shared by `npm run bench` (prints) and the browser tests
// (tests/browser/quality.test.ts, offline.test.ts: fail over budget).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

/**
 * Gzipped JavaScript budgets from DESIGN.md, in bytes, per page type (a Spanish page, type
 * `lesson es`, has its type's); other page types are measured, not capped.
 */
export const budgets = { lesson: 32 * 1024, embed: 30 * 1024 };

/** @param {string} type a page type, with its language if not the default (`embed es`) */
export const budgetOf = (type) => budgets[/** @type {keyof typeof budgets} */ (type.split(' ')[0])];

/**
 * Gzipped bytes the service worker may cache on a first visit: the page and the files it loads,
 * about one page's weight (the worker that cached the whole site took 382 KB). And the raw HTML of
 * /teach at 100 lessons (scripts/bench-scale.mjs).
 */
export const byteBudgets = { firstVisitCache: 80 * 1024, teachHtmlAt100: 150 * 1024 };

/** @type {Record<string, 'js' | 'css' | 'html'>} */
const kinds = { script: 'js', stylesheet: 'css', document: 'html' };

/**
 * @typedef {{ type: string, path: string, js: number, jsGzip: number, css: number, cssGzip: number,
 *   html: number, htmlGzip: number, requests: number, foreign: string[] }} Row
 */

/**
 * @param {string} baseURL
 * @param {Record<string, string>} pages page type -> path
 * @returns {Promise<Row[]>}
 */
export async function measure(baseURL, pages) {
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	/** @type {Row[]} */
	const rows = [];
	try {
		for (const [type, path] of Object.entries(pages)) {
			// No service worker: its precache would count every file of the site against one page.
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			/** @type {Row} */
			const row = {
				type,
				path,
				js: 0,
				jsGzip: 0,
				css: 0,
				cssGzip: 0,
				html: 0,
				htmlGzip: 0,
				requests: 0,
				foreign: []
			};
			/** @type {Promise<void>[]} */
			const pending = [];
			page.on('response', (response) => {
				const url = new URL(response.url());
				if (url.origin !== new URL(baseURL).origin) row.foreign.push(response.url());
				const kind = kinds[response.request().resourceType()];
				if (!kind) return;
				pending.push(
					response.body().then((body) => {
						row.requests++;
						row[kind] += body.length;
						row[/** @type {'jsGzip' | 'cssGzip' | 'htmlGzip'} */ (`${kind}Gzip`)] += gzipSync(body, {
							level: 9
						}).length;
					})
				);
			});
			await page.goto(new URL(path, baseURL).href, { waitUntil: 'networkidle' });
			await Promise.all(pending);
			rows.push(row);
			await context.close();
		}
	} finally {
		await browser.close();
	}
	return rows;
}

/** @param {number} bytes */
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** @param {Row} r */
function budgetCell(r) {
	const budget = budgetOf(r.type);
	if (!budget) return '-';
	return `${kb(budget)} ${r.jsGzip <= budget ? 'ok' : 'OVER'}`;
}

/** @param {Row[]} rows */
export function table(rows) {
	const head = ['page', 'path', 'JS', 'JS gzip', 'budget', 'CSS', 'CSS gzip', 'HTML', 'HTML gzip'];
	const body = rows.map((r) => [
		r.type,
		r.path,
		kb(r.js),
		kb(r.jsGzip),
		budgetCell(r),
		kb(r.css),
		kb(r.cssGzip),
		kb(r.html),
		kb(r.htmlGzip)
	]);
	const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
	const line = (/** @type {string[]} */ cells) =>
		`| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
	return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/**
 * What the service worker has cached after a learner opens `paths` in order (a fresh browser), as
 * URL paths with their sizes from the build: raw and gzipped.
 * @param {string} baseURL
 * @param {string[]} paths
 * @param {string} buildDir
 * @returns {Promise<{ files: string[], bytes: number, gzip: number }>}
 */
export async function precache(baseURL, paths, buildDir) {
	const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		/** @type {string[]} */
		let files = [];
		for (const path of paths) {
			await page.goto(new URL(path, baseURL).href, { waitUntil: 'networkidle' });
			await page.waitForFunction(() => !!navigator.serviceWorker.controller);
			// Settled: the page is cached and two listings a moment apart agree.
			for (let previous = ''; ;) {
				files = await cachedPaths(page);
				const now = files.join('\n');
				if (now === previous && files.includes(new URL(path, baseURL).pathname)) break;
				previous = now;
				await page.waitForTimeout(300);
			}
		}
		await context.close();
		let bytes = 0;
		let gzip = 0;
		for (const file of files) {
			const body = readFileSync(join(buildDir, fileOf(file)));
			bytes += body.length;
			gzip += gzipSync(body, { level: 9 }).length;
		}
		return { files, bytes, gzip };
	} finally {
		await browser.close();
	}
}

/** @param {import('@playwright/test').Page} page */
function cachedPaths(page) {
	return page.evaluate(async () => {
		/** @type {string[]} */
		const out = [];
		for (const key of await caches.keys()) {
			if (!key.startsWith('news-lessons-')) continue;
			const cache = await caches.open(key);
			out.push(...(await cache.keys()).map((r) => new URL(r.url).pathname));
		}
		return [...new Set(out)].sort();
	});
}

/** The build's file for a URL path, as scripts/serve.mjs resolves it. @param {string} path */
function fileOf(path) {
	if (path === '/') return 'index.html';
	return /\.[a-z0-9]+$/i.test(path) ? path.slice(1) : `${path.slice(1)}.html`;
}
