// The "Use in your LMS" panel (docs/lms.md), as a teacher without JavaScript uses it: on /teach and
// on each lesson's teacher copy, in both languages, a download link per format and language whose
// file is served with the size the panel states; /lessons.json lists the same files; axe-core finds
// nothing in the panel in either colour scheme.
import { expect, test } from '@playwright/test';
import { axeInBothSchemes } from './axe';
import { course } from './course';
import { lms as en } from '../../src/lib/i18n/en/lms';
import { lms as es } from '../../src/lib/i18n/es/lms';

interface Listed {
	format: string;
	language: string;
	lesson: string | null;
	url: string;
	bytes: number;
}

const pages = [
	{ path: '/teach', lesson: null, text: en },
	{ path: '/es/teach', lesson: null, text: es },
	...course.flatMap((l) => [
		{ path: `/teach/${l.slug}`, lesson: l.slug, text: en },
		{ path: `/es/teach/${l.slug}`, lesson: l.slug, text: es }
	])
];

test('/lessons.json lists every export, each served with its size', async ({ request }) => {
	const index = (await (await request.get('/lessons.json')).json()) as {
		exports: Listed[];
		lessons: { slug: string; exports: Listed[] }[];
	};
	const all = [...index.exports, ...index.lessons.flatMap((l) => l.exports)];
	expect(new Set(all.map((e) => e.format))).toEqual(
		new Set(['cc', 'qti', 'moodle', 'gift', 'kahoot', 'quizizz', 'blooket'])
	);
	expect(new Set(all.map((e) => e.language))).toEqual(new Set(['en', 'es']));
	for (const e of all) {
		const response = await request.get(e.url);
		expect(response.status(), e.url).toBe(200);
		expect((await response.body()).length, e.url).toBe(e.bytes);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const { path, lesson, text } of pages) {
		test(`${path}: the panel works without JavaScript`, async ({ page, request }) => {
			await page.goto(path);
			const panel = page.getByRole('region', { name: text.title });
			await expect(panel).toBeVisible();
			for (const format of Object.values(text.formats)) {
				await expect(panel.getByRole('heading', { level: 3, name: format.name })).toBeVisible();
			}
			await expect(panel.getByText(text.classroom)).toBeVisible();
			// Every link is a file that is there, of the size the panel says, in both languages.
			const links = panel.locator('a[download]');
			const count = await links.count();
			// The course's four files in two languages, and on a lesson's copy its five in two more.
			expect(count).toBe(lesson ? 18 : 8);
			const languages = new Set<string>();
			for (let i = 0; i < count; i++) {
				const link = links.nth(i);
				const href = (await link.getAttribute('href'))!;
				languages.add((await link.getAttribute('hreflang'))!);
				const response = await request.get(href);
				expect(response.status(), href).toBe(200);
				const kb = (await response.body()).length / 1024;
				const size = await link.locator('xpath=following-sibling::span[@class][1]').textContent();
				const shown = Number(size!.replace(/[^\d,.]/g, '').replace(',', '.'));
				expect(Math.abs(shown - kb), href).toBeLessThanOrEqual(0.05);
			}
			expect(languages).toEqual(new Set(['en', 'es']));
			// What each format loses is listed (a <details>, which opens without JavaScript too).
			const details = panel.locator('details').first();
			await details.locator('summary').click();
			await expect(details.locator('li, p').first()).toBeVisible();
		});
	}
});

// axe-core runs in the page, so with JavaScript on; the teacher pages have no client script, so the
// panel it checks is the one above.
test.describe('axe', () => {
	test.use({ javaScriptEnabled: true });
	for (const { path } of [pages[0]!, pages[1]!, pages[2]!, pages[3]!]) {
		test(`${path}: the panel passes axe in both colour schemes`, async ({ page }) => {
			await page.goto(path);
			// Every list of losses open, so axe sees them too.
			for (const d of await page.locator('section.lms details').all()) await d.locator('summary').click();
			expect(await axeInBothSchemes(page, 'section.lms')).toEqual({ light: [], dark: [] });
		});
	}
});
