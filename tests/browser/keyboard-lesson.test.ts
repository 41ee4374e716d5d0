// A whole lesson with the keyboard alone, one question at a time: skip link, "Start the quiz",
// every question answered and checked, "Next" to the following one, "See your result" after the
// last, the result panel reached and
// "Start again" used, without a single mouse click.
import { expect, test } from '@playwright/test';
import * as t from '../../src/lib/i18n/en';
import { lessonAt } from './course';
import { answerRight, tabTo } from './keyboard-answers';
import { allRight, questionOnScreen, resultPanel } from './quiz-page';

test('a learner completes a whole lesson with the keyboard only, one question at a time', async ({
	page
}) => {
	test.setTimeout(180_000);
	const lesson = lessonAt(0);
	await page.goto(`/lessons/${lesson.slug}`);
	const start = page.getByRole('button', { name: t.quiz.intro.start });
	await expect(start).toBeEnabled();

	// The first Tab reaches the skip link, which moves focus to the main content.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('#main')).toBeFocused();

	await tabTo(page, start);
	await page.keyboard.press('Enter');
	const count = lesson.quiz.questions.length;
	for (let n = 1; n <= count; n++) {
		await expect(page.getByRole('heading', { name: t.quiz.question(n, count) })).toBeFocused();
		const q = await questionOnScreen(page, lesson);
		const form = await answerRight(page, q);
		await expect(form.getByText(t.review.correct, { exact: true })).toBeVisible();
		// The last check keeps its feedback on screen; "See your result" goes on.
		await tabTo(
			page,
			page.getByRole('button', { name: n < count ? `${t.review.nav.next} →` : t.review.nav.toResults })
		);
		await page.keyboard.press('Enter');
	}

	const results = resultPanel(page);
	await expect(results).toBeFocused();
	await expect(results).toContainText(allRight(lesson));
	await expect(results).toContainText(t.review.passed);

	// "Start again" by keyboard begins a new attempt from the start screen.
	await tabTo(page, results.getByRole('button', { name: t.review.startOver }));
	await page.keyboard.press('Enter');
	await expect(resultPanel(page)).toHaveCount(0);
	await expect(page.getByRole('button', { name: t.quiz.intro.start })).toBeVisible();
});
