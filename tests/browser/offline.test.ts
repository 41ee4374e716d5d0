// Offline use: a first visit caches that page and the files it loads, and nothing else; a lesson
// visited once opens and scores with the network off; "save the whole course" makes every lesson
// work offline; an earlier build's cache goes once no page needs it.
import { expect, test, type Page } from '@playwright/test';
import { course, lessonAt } from './course';
import * as t from '../../src/lib/i18n/en';
import { byteBudgets, precache } from '../../scripts/measure.mjs';

const controlled = (page: Page) =>
	expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

/** Paths in this origin's caches for the site's builds. */
const cached = (page: Page) =>
	page.evaluate(async () => {
		const paths: string[] = [];
		for (const key of await caches.keys()) {
			if (!key.startsWith('news-lessons-')) continue;
			const cache = await caches.open(key);
			paths.push(...(await cache.keys()).map((r) => new URL(r.url).pathname));
		}
		return paths.sort();
	});

test('a first visit caches only that lesson; it opens and scores with the network off', async ({
	page,
	context
}) => {
	const lesson = lessonAt(0);
	// A cache left by an earlier build: it goes once the page that was open when the worker took
	// over has gone.
	await page.addInitScript(() => {
		if (location.pathname === '/about') void caches.open('news-lessons-0-old-build');
	});
	await page.goto('/about');
	await controlled(page);
	await page.goto(`/lessons/${lesson.slug}`);
	await expect
		.poll(() => page.evaluate(() => caches.keys()))
		.toEqual(expect.arrayContaining([expect.stringMatching(/^news-lessons-(?!0-old-build)/)]));
	await expect
		.poll(() =>
			page.evaluate(() => caches.keys().then((keys) => keys.filter((k) => k.endsWith('old-build'))))
		)
		.toEqual([]);

	// The two pages visited and their files: no other lesson, no reading, no page data.
	await expect.poll(() => cached(page)).toContain(`/lessons/${lesson.slug}`);
	const paths = await cached(page);
	expect(paths).toContain('/about');
	for (const other of course.slice(1)) expect(paths).not.toContain(`/lessons/${other.slug}`);
	expect(paths.filter((p) => p.endsWith('__data.json'))).toEqual([]);

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

	// A lesson never opened is not there offline.
	if (course[1]) await expect(page.goto(`/lessons/${course[1].slug}`)).rejects.toThrow();
	await context.setOffline(false);
});

test('saving the whole course makes every lesson and the assignment page work offline', async ({
	page,
	context
}) => {
	await page.goto('/');
	await controlled(page);
	const save = page.getByRole('button', { name: /^Save the whole course for offline use \(\d+ KB\)$/ });
	await save.click();
	await expect(page.getByText(t.offline.save.saved)).toBeVisible();

	await context.setOffline(true);
	for (const lesson of course) {
		await page.goto(`/lessons/${lesson.slug}`);
		await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
		// The quiz's script ran: its start button is usable.
		await expect(page.getByRole('button', { name: t.quiz.intro.start })).toBeEnabled();
	}
	await page.goto('/glossary');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// Coming back, the course page says it is all saved.
	await page.goto('/');
	await expect(page.getByText(t.offline.save.saved)).toBeVisible();
	await context.setOffline(false);
});

test('a first visit caches no more than its budget, whatever page it starts on', async ({ baseURL }) => {
	for (const path of ['/', `/lessons/${lessonAt(0).slug}`]) {
		const { gzip, files } = await precache(baseURL!, [path], process.env.BUILD_DIR ?? 'build');
		expect(files).toContain(path);
		expect(gzip, `${path}: ${gzip} bytes gzipped in ${files.length} files`).toBeLessThanOrEqual(
			byteBudgets.firstVisitCache
		);
	}
});
