// An address the site does not have gets the site's own "Page not found" (build/404.html, as a
// static host serves it): in the site's frame, styled, with working links home and to every lesson,
// whatever the depth of the address, an unknown embed included.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { course, lessonAt } from './course';
import * as t from '../../src/lib/i18n/en';

const m = t.site.notFound;

for (const path of [
	'/nope',
	'/a/b/c/d/e',
	'/lessons/no-such-lesson',
	'/lessons/the-report/extra/',
	'/teach/x/y',
	'/embed/unknown-slug',
	'/embed/unknown/deeper'
]) {
	test(`${path} gets the site's 404 page, styled, with links that work from there`, async ({ page }) => {
		// Every file the page asks for (its CSS, the favicon) must load from this depth too.
		const missing: string[] = [];
		page.on('response', (r) => {
			if (r.status() >= 400 && r.request().resourceType() !== 'document') missing.push(r.url());
		});
		const response = await page.goto(path);
		expect(response!.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.title);
		await expect(page.getByRole('navigation', { name: t.site.nav.label })).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(missing).toEqual([]);
		// The site's stylesheet applies: the skip link sits off-screen until focused.
		const skip = page.getByRole('link', { name: t.site.skip });
		expect(await skip.evaluate((el) => getComputedStyle(el).position)).toBe('absolute');

		for (const lesson of course) await expect(page.getByRole('link', { name: lesson.title })).toBeVisible();
		const lesson = lessonAt(1);
		await page.getByRole('link', { name: lesson.title }).click();
		await expect(page).toHaveURL(`/lessons/${lesson.slug}`);
		await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();

		await page.goto(path);
		await page.getByRole('link', { name: m.home }).click();
		await expect(page).toHaveURL('/');
		await expect(page.getByRole('heading', { level: 1, name: t.site.name })).toBeVisible();
	});
}

test('the 404 page has no accessibility violations where it is served', async ({ page }) => {
	await page.goto('/some/where/else');
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)
	).toEqual([]);
});
