// A whole lesson with the keyboard alone: skip link, every question answered and checked, the
// results panel reached and its buttons used, without a single mouse click.
import { expect, test } from '@playwright/test';
import { lessonAt } from './course';
import { answerRight, tabTo } from './keyboard-answers';
import { maxPoints } from '../../src/lib/quiz/score';

test('a learner completes a whole lesson with the keyboard only', async ({ page }) => {
	test.setTimeout(120_000);
	const lesson = lessonAt(0);
	await page.goto(`/lessons/${lesson.slug}`);
	await expect(page.getByRole('button', { name: 'Check answer' }).first()).toBeVisible();

	// The first Tab reaches the skip link, which moves focus to the main content.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('#main')).toBeFocused();

	for (const q of lesson.quiz.questions) {
		const form = await answerRight(page, q);
		await expect(form.getByText('Correct.', { exact: true })).toBeVisible();
	}

	const max = lesson.quiz.questions.reduce((sum, q) => sum + maxPoints(q), 0);
	const results = page.getByRole('region', { name: 'Your result' });
	await expect(results).toBeFocused();
	await expect(results).toContainText(`You scored ${max} out of ${max} (100%).`);
	await expect(results).toContainText('Passed.');

	// "Start over" by keyboard clears the answers for a new attempt.
	const startOver = results.getByRole('button', { name: 'Start over' });
	await tabTo(page, startOver);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('region', { name: 'Your result' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(lesson.quiz.questions.length);
});
