// Phones, as a reader on a small screen meets the quiz: its controls are targets a finger can hit
// (WCAG 2.5.5: 44 × 44 px), in every state a learner sees. That no page scrolls sideways at 320 or
// 375 px with text at 200 % is checked on every page's visit in quality.test.ts.
import { expect, test, type Locator, type Page } from '@playwright/test';
import * as t from '../../src/lib/i18n/en';
import { lessonAt } from './course';

/**
 * Every control of the quiz that is on screen, with its target: the control itself, or the row it
 * sits in when a label makes the whole row the target (choices).
 */
async function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		const controls = document.querySelectorAll<HTMLElement>(
			'.quiz button, .quiz input, .quiz select, .quiz a[href]'
		);
		for (const control of controls) {
			if (control.closest('[hidden]') || control.getClientRects().length === 0) continue;
			const target = (control.closest('label') as HTMLElement | null) ?? control;
			const { width, height } = target.getBoundingClientRect();
			if (width < 44 || height < 44) {
				const name = (control.getAttribute('aria-label') ?? control.textContent ?? control.id).trim();
				out.push(
					`${control.tagName.toLowerCase()} "${name.slice(0, 40)}": ${Math.round(width)} × ${Math.round(height)}`
				);
			}
		}
		return out;
	});
}

/** Gives the question in `form` some answer, whatever its kind (an order left as shown counts). */
async function answerSomething(form: Locator) {
	const pick = form.locator('input[type="radio"], input[type="checkbox"]');
	if ((await pick.count()) > 0 && !(await pick.first().isChecked())) await pick.first().check();
	for (const field of await form.locator('input[type="text"]').all()) await field.fill('1');
	for (const select of await form.locator('select').all()) await select.selectOption({ index: 1 });
	const part = form.locator('button[aria-pressed="false"]');
	if ((await part.count()) > 0) await part.first().click();
}

test('quiz controls are at least 44 × 44 px: intro, a question, feedback after a wrong check, the result', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const lesson = lessonAt(0);
	const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
	const page = await context.newPage();
	await page.goto(`/lessons/${lesson.slug}`);
	const start = page.getByRole('button', { name: t.quiz.intro.start });
	await expect(start).toBeEnabled();
	expect(await smallTargets(page), 'intro').toEqual([]);

	await start.click();
	const card = page.locator('[data-quiz-card]:not([hidden])');
	await expect(card).toBeVisible();
	expect(await smallTargets(page), 'a question').toEqual([]);

	// A first check (the first question is shuffled: any kind): its feedback, and "Reread the
	// paragraph" and "Show answer" when it was wrong.
	await answerSomething(card);
	await card.getByRole('button', { name: t.quiz.check }).click();
	await expect(card.locator('[id$="-feedback"]')).toBeVisible();
	expect(await smallTargets(page), 'feedback').toEqual([]);

	// Every question shown and checked as it stands: the result.
	await page.getByRole('radio', { name: t.quiz.layout.scroll }).check();
	for (const form of await page.locator('[data-quiz-card]').all()) {
		const show = form.getByRole('button', { name: t.quiz.showAnswer });
		const check = form.getByRole('button', { name: t.quiz.check });
		if (await show.isVisible()) await show.click();
		else if (await check.isVisible()) {
			await answerSomething(form);
			await check.click();
			if (await show.isVisible()) await show.click();
		}
	}
	await expect(page.getByRole('region', { name: /^Your result/ })).toBeVisible();
	expect(await smallTargets(page), 'the result').toEqual([]);
	await context.close();
});
