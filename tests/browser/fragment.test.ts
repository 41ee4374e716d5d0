// A hostile or cut-off link: a fragment that is not valid percent encoding must not break a page.
import { expect, test } from '@playwright/test';
import { lessonAt } from './course';
import * as t from '../../src/lib/i18n/en';

test('a lesson opened with a malformed percent fragment (#%E0%A4%A) works and throws nothing', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
	const lesson = lessonAt(0);
	await page.goto(`/lessons/${lesson.slug}#%E0%A4%A`, { waitUntil: 'networkidle' });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
	// The quiz came to life (it returns to the place the fragment names, here none) and runs.
	const all = page.getByRole('radio', { name: t.quiz.layout.scroll });
	await expect(all).toBeEnabled();
	await all.check();
	const q = lesson.quiz.questions[0]!;
	await expect(page.getByRole('group', { name: q.prompt, exact: true }).first()).toBeVisible();
	// The language switch reads the fragment too.
	await page.getByRole('link', { name: 'Español' }).first().click();
	await expect(page).toHaveURL(/\/es\/lessons\//);
	await page.goBack();
	await page.reload({ waitUntil: 'networkidle' });
	await expect(all).toBeEnabled();
	expect(errors).toEqual([]);
});
