// Offline use: after one visit the service worker has cached the site, so a lesson opens and
// scores with the network off; a new build's worker replaces the old cache.
import { expect, test } from '@playwright/test';
import { course, lessonAt } from './course';
import { t } from '../../src/lib/i18n';

test('a lesson visited once opens and scores with the network off', async ({ page, context }) => {
	const lesson = lessonAt(0);
	// A cache left by an earlier build: the new worker must delete it when it activates.
	await page.addInitScript(() => {
		if (location.pathname === '/about') void caches.open('news-lessons-0-old-build');
	});
	await page.goto('/about');
	await page.goto(`/lessons/${lesson.slug}`);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	// The first visit is controlled once the worker claims the page.
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	await expect
		.poll(() => page.evaluate(() => caches.keys()))
		.toEqual([expect.stringMatching(/^news-lessons-(?!0-old-build)/)]);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
	await page.getByRole('radio', { name: t.quiz.layout.scroll }).check();

	const q = lesson.quiz.questions.find((q) => q.kind === 'true-false' || q.kind === 'single')!;
	const group = page.getByRole('group', { name: q.prompt, exact: true });
	if (q.kind === 'single') {
		await group
			.getByRole('radio', { name: q.options.find((o) => o.id === q.answer)!.text, exact: true })
			.check();
	} else if (q.kind === 'true-false') {
		await group.getByRole('radio', { name: q.answer ? 'True' : 'False', exact: true }).check();
	}
	// Questions are shuffled: check this question's own answer.
	const form = page.locator('form', { has: group });
	await form.getByRole('button', { name: 'Check answer' }).click();
	await expect(form.getByText('Correct.', { exact: true })).toBeVisible();

	// Another lesson, never visited, also opens offline: the whole site was cached at install.
	if (course[1]) {
		await page.goto(`/lessons/${course[1].slug}`);
		await expect(page.getByRole('heading', { level: 1, name: course[1].title })).toBeVisible();
	}
	await context.setOffline(false);
});
