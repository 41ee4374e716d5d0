// The quality bars from DESIGN.md, measured on the built site: accessibility (axe-core, light and
// dark), a strict CSP that nothing violates, nothing requested from another origin, reading without
// JavaScript, and the JavaScript budgets.
import { expect, test, type Page } from '@playwright/test';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { axeInBothSchemes } from './axe';
import { course, lessonAt } from './course';
import { pages, urlForms } from './pages';
import { budgetOf, measure } from '../../scripts/measure.mjs';

/** Collects CSP violations and uncaught errors; call before navigating. */
function watch(page: Page) {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(message.text())) {
			problems.push(message.text());
		}
	});
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	return problems;
}

test('the build has the pages DESIGN.md lists', () => {
	for (const path of [
		'/',
		'/glossary',
		'/about',
		'/teach',
		'/teach/assign',
		'/teach/results',
		'/assignment'
	]) {
		expect(pages).toContain(path);
	}
	for (const lesson of course) {
		expect(pages).toContain(`/lessons/${lesson.slug}`);
		expect(pages).toContain(`/embed/${lesson.slug}`);
	}
});

/** How far the page scrolls sideways (0 when it fits). */
const overflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

// One visit per page for every check that needs a loaded page: the CSP and the origins it
// requests while it loads, axe-core in the light scheme and its colour rules in the dark one, then
// a phone with large text (tests/browser/phones.test.ts has the rest of that).
test.describe('every page', () => {
	for (const path of pages) {
		test(`${path}: runs under the CSP, requests only its own origin, axe finds nothing light or dark, and no sideways scrolling on a phone with large text`, async ({
			page,
			baseURL
		}) => {
			const problems = watch(page);
			const foreign: string[] = [];
			page.on('request', (request) => {
				if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:'))
					foreign.push(request.url());
			});
			await page.emulateMedia({ colorScheme: 'light' });
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(csp).toContain("script-src 'self'");
			expect(csp).not.toContain('unsafe-eval');
			expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
			expect(problems).toEqual([]);
			expect(foreign).toEqual([]);

			expect(await axeInBothSchemes(page)).toEqual({ light: [], dark: [] });

			// A phone at 320 and 375 px with text at 200 % (the browser's text size, which rem-based
			// styles follow): nothing scrolls sideways.
			await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
			for (const width of [320, 375]) {
				await page.setViewportSize({ width, height: 740 });
				expect(await overflow(page), `sideways scrolling at ${width} px`).toBe(0);
			}
		});
	}
});

test.describe('framing', () => {
	test('only the embed routes may be framed; every URL form of every other page refuses, on any host', async ({
		request
	}) => {
		// /x, /x/ and /x.html for each of the built pages: a host serves each of them.
		expect(urlForms.length).toBe(3 * pages.length);
		for (const { page, url } of urlForms) {
			const response = await request.get(url, { maxRedirects: 0 });
			expect(response.status(), url).toBe(200);
			const csp = response.headers()['content-security-policy'];
			if (/^(\/es)?\/embed\//.test(page)) {
				expect(csp, url).toBe('frame-ancestors *');
				expect(response.headers()['x-frame-options'], url).toBeUndefined();
			} else {
				expect(csp, `${url}: add its rules to static/_headers`).toBe("frame-ancestors 'none'");
				expect(response.headers()['x-frame-options'], url).toBe('DENY');
			}
		}
	});

	test('a page on another origin cannot frame any spelling of a page, but can frame an embed', async ({
		page,
		baseURL
	}) => {
		const embed = `/embed/${lessonAt(0).slug}`;
		const refused = urlForms.filter((f) =>
			['/', '/about', '/assignment', '/glossary', '/teach'].includes(f.page)
		);
		// A refused frame still fires load (with an error page inside): each iframe marks itself.
		const frames = [embed, ...refused.map((f) => f.url)]
			.map((url, i) => `<iframe id="f${i}" src="${baseURL}${url}" onload="this.dataset.loaded = 1"></iframe>`)
			.join('');
		// A real server on another origin: Chromium treats a page Playwright fulfils as public, and
		// would refuse its frames to this machine whatever the headers say.
		const framer = http.createServer((_req, res) => {
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.end(`<!doctype html><title>Framer</title>${frames}`);
		});
		await new Promise<void>((done) => framer.listen(0, '127.0.0.1', done));
		try {
			await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`);
			await expect(page.frameLocator('#f0').getByRole('heading', { level: 1 })).toBeVisible();
			for (const [i, { url }] of refused.entries()) {
				const iframe = page.locator(`#f${i + 1}`);
				await expect(iframe, url).toHaveAttribute('data-loaded', '1');
				const frame = await (await iframe.elementHandle())!.contentFrame();
				expect(frame?.url(), url).not.toContain(baseURL!);
				await expect(page.frameLocator(`#f${i + 1}`).getByRole('heading')).toHaveCount(0);
			}
		} finally {
			await new Promise((done) => framer.close(done));
		}
	});
});

test('the test server answers odd paths as a host would, and keeps serving', async ({ baseURL }) => {
	const { hostname, port } = new URL(baseURL!);
	// Raw request targets: a URL API would normalise them before they are sent.
	const get = (path: string) =>
		new Promise<{ status: number; frame: string | undefined; body: string }>((done, fail) => {
			http
				.get({ hostname, port, path }, (res) => {
					let body = '';
					res.on('data', (chunk) => (body += chunk));
					res.on('end', () =>
						done({ status: res.statusCode ?? 0, frame: res.headers['x-frame-options'] as string, body })
					);
				})
				.on('error', fail);
		});
	for (const [path, status] of [
		['//', 200],
		['//about', 200],
		['/%61bout', 200],
		['/lessons/../about', 200],
		['/about?x=1#y', 200],
		['/%E0%A4%A', 400],
		['/about%00', 400],
		['/%2e%2e/package.json', 404],
		['/../../package.json', 404]
	] as const) {
		const response = await get(path);
		expect(response.status, path).toBe(status);
		if (status === 200) expect(response.frame, path).toBe('DENY');
		expect(response.body, path).not.toContain('"devDependencies"');
	}
	expect((await get('/')).status).toBe(200);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const lesson of course) {
		test(`/lessons/${lesson.slug} shows the reading and every question, and says scoring needs JavaScript`, async ({
			page
		}) => {
			await page.goto(`/lessons/${lesson.slug}`);
			await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
			for (const id of lesson.paragraphs) await expect(page.locator(`[id="${id}"]`)).toBeVisible();
			for (const q of lesson.quiz.questions) {
				await expect(page.getByRole('group', { name: q.prompt }).first()).toBeVisible();
			}
			await expect(page.getByText('Scoring needs JavaScript')).toBeVisible();
		});
	}
});

test('JavaScript stays within budget on lesson and embed pages, in both languages', async ({ baseURL }) => {
	const slug = lessonAt(0).slug;
	const rows = await measure(baseURL!, {
		lesson: `/lessons/${slug}`,
		embed: `/embed/${slug}`,
		'lesson es': `/es/lessons/${slug}`,
		'embed es': `/es/embed/${slug}`
	});
	for (const row of rows) {
		expect(row.jsGzip, `${row.path}: ${row.jsGzip} bytes of gzipped JavaScript`).toBeLessThanOrEqual(
			budgetOf(row.type)!
		);
	}
});
