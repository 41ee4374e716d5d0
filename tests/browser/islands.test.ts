// Lesson and embed pages run without SvelteKit's client: one island script hydrates the quiz the
// server rendered. Checked here: the built pages point at island scripts that exist (the islands
// plugin's manifest was found), hydration keeps the server's DOM (no flash, no re-render), and
// nothing can be answered before the script runs (so no early answer is lost).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { lessonAt } from './course';
import { pages } from './pages';
import * as t from '../../src/lib/i18n/en';

const root = process.env.BUILD_DIR ?? 'build';

test('every island page loads an island script that exists, and its modules', async ({ request }) => {
	const islandPages = pages.filter((p) => p.startsWith('/lessons/') || p.startsWith('/embed/'));
	expect(islandPages.length).toBeGreaterThan(0);
	for (const path of islandPages) {
		const html = await (await request.get(path)).text();
		expect(html, path).toContain('data-island=');
		const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
		const preloads = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]!);
		expect(scripts, `${path}: one island script`).toHaveLength(1);
		for (const src of [...scripts, ...preloads]) {
			const file = join(root, new URL(src, `http://x${path}`).pathname);
			expect(existsSync(file), `${path} links ${src}, which the build does not have`).toBe(true);
		}
	}
});

/** Holds back the page's island script until `release` is called. */
async function holdIslandScript(page: Page, path: string) {
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	const html = await (await page.request.get(path)).text();
	const src = /<script type="module" src="([^"]+)"/.exec(html)![1]!;
	const file = src.split('/').at(-1)!;
	await page.route(`**/${file}`, async (route) => {
		await gate;
		await route.continue();
	});
	return release;
}

for (const path of [`/lessons/${lessonAt(0).slug}`, `/embed/${lessonAt(0).slug}`]) {
	test(`${path}: the quiz is hydrated in place, and not answerable before its script runs`, async ({
		page
	}) => {
		const messages: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'warning' || m.type() === 'error') messages.push(m.text());
		});
		page.on('pageerror', (e) => messages.push(e.message));
		const release = await holdIslandScript(page, path);
		// 'commit': a module script that has not run holds back DOMContentLoaded.
		await page.goto(path, { waitUntil: 'commit' });

		const quiz = page.locator('section.quiz');
		const start = quiz.getByRole('button', { name: t.quiz.intro.start });
		await expect(start).toBeVisible();
		// Before the script: plainly not usable, so nothing picked or typed can be lost.
		await expect(start).toBeDisabled();
		await page.evaluate(() => {
			(window as unknown as { before: Element | null }).before = document.querySelector('section.quiz');
		});

		release();
		await expect(start).toBeEnabled();
		// The same element the server rendered: hydrated, not thrown away and mounted again.
		expect(
			await page.evaluate(
				() =>
					(window as unknown as { before: Element | null }).before === document.querySelector('section.quiz')
			)
		).toBe(true);
		await start.click();
		const q = lessonAt(0).quiz.questions;
		await expect(quiz.getByRole('heading', { name: t.quiz.question(1, q.length) })).toBeFocused();
		expect(messages.filter((m) => /hydrat/i.test(m))).toEqual([]);
		expect(messages).toEqual([]);
	});
}
