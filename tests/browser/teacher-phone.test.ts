// Teacher pages on a phone (375 px): the site's header and the teacher tools' links fold into one
// line, the site's name beside a menu that opens without JavaScript (teacher copies have none) and
// holds every link they held. On a laptop both rows are there as before, and no menu.
import { expect, test } from '@playwright/test';
import { lessonAt } from './course';
import * as t from '../../src/lib/i18n/en';

const pages = ['/teach', '/teach/assign', '/teach/results', `/teach/${lessonAt(0).slug}`];

for (const path of pages) {
	test(`${path} at 375 px: the header and the teacher links are one line`, async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 740 });
		await page.goto(path);
		const header = page.getByRole('banner');
		const box = (await header.boundingBox())!;
		// One line: the menu button's 44 px and a little padding, not 40 % of the screen.
		expect(box.height).toBeLessThanOrEqual(56);
		expect(box.width).toBeLessThanOrEqual(375);
		// The brand and the menu side by side, on that line.
		const brand = (await header.getByRole('link', { name: t.site.name }).boundingBox())!;
		const menu = header.getByText(t.teach.nav.menu, { exact: true });
		const menuBox = (await menu.boundingBox())!;
		expect(Math.abs(brand.y + brand.height / 2 - (menuBox.y + menuBox.height / 2))).toBeLessThan(4);
		// The teacher tools' row below the header is folded into the menu.
		await expect(page.locator('.teach-nav')).toBeHidden();
		// What the page is about starts right under it.
		const h1 = (await page.getByRole('heading', { level: 1 }).first().boundingBox())!;
		expect(h1.y).toBeLessThan(740 * 0.2);

		await menu.click();
		const tools = header.getByRole('navigation', { name: t.teach.nav.label });
		for (const name of [t.teach.nav.guide, t.teach.nav.assign, t.teach.nav.results]) {
			await expect(tools.getByRole('link', { name })).toBeVisible();
		}
		const site = header.getByRole('navigation', { name: t.site.nav.label });
		for (const name of [t.site.nav.course, t.site.nav.glossary, t.site.nav.teach, t.site.nav.about]) {
			await expect(site.getByRole('link', { name })).toBeVisible();
		}
		await expect(site.getByRole('link', { name: 'Español' })).toBeVisible();
		await tools.getByRole('link', { name: t.teach.nav.results }).click();
		await expect(page).toHaveURL(/\/teach\/results$/);
	});
}

test('/teach at 1280 px: the site links and the teacher tools as rows, no menu', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/teach');
	await expect(page.getByText(t.teach.nav.menu, { exact: true })).toBeHidden();
	await expect(
		page.getByRole('navigation', { name: t.teach.nav.label }).getByRole('link', { name: t.teach.nav.assign })
	).toBeVisible();
	await expect(page.getByRole('banner').getByRole('link', { name: t.site.nav.glossary })).toBeVisible();
});
