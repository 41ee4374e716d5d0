// The quality bars from DESIGN.md, measured on the built site: accessibility (axe-core, light and
// dark), a strict CSP that nothing violates, nothing requested from another origin, reading without
// JavaScript, and the JavaScript budgets.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { course, lessonAt } from './course';
import { pages } from './pages';
import { budgets, measure } from '../../scripts/measure.mjs';

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

// One visit per page for every check that needs a loaded page: the CSP and the origins it
// requests while it loads, then axe-core in the light and the dark scheme.
test.describe('every page', () => {
	for (const path of pages) {
		test(`${path}: runs under the CSP, requests only its own origin, and axe finds nothing, light and dark`, async ({
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

			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				const results = await new AxeBuilder({ page }).analyze();
				const summary = results.violations.map(
					(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`
				);
				expect(summary, colorScheme).toEqual([]);
			}
		});
	}
});

test('only the embed routes may be framed; every other page refuses, on any host', async ({ request }) => {
	for (const path of pages) {
		const response = await request.get(path);
		const csp = response.headers()['content-security-policy'];
		if (path.startsWith('/embed/')) {
			expect(csp, path).toBe('frame-ancestors *');
			expect(response.headers()['x-frame-options'], path).toBeUndefined();
		} else {
			expect(csp, `${path}: add it to static/_headers`).toBe("frame-ancestors 'none'");
			expect(response.headers()['x-frame-options'], path).toBe('DENY');
		}
	}
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

test('JavaScript stays within budget on lesson and embed pages', async ({ baseURL }) => {
	const slug = lessonAt(0).slug;
	const rows = await measure(baseURL!, { lesson: `/lessons/${slug}`, embed: `/embed/${slug}` });
	for (const row of rows) {
		expect(row.jsGzip, `${row.path}: ${row.jsGzip} bytes of gzipped JavaScript`).toBeLessThanOrEqual(
			budgets[row.type as keyof typeof budgets]
		);
	}
});
