import { expect, test } from '@playwright/test';
import { maxPoints } from '../../src/lib/quiz/score';
import { lessonAt } from './course';
import { answerRight } from './keyboard-answers';

test('a learner opens the course, goes to the first lesson, answers the quiz and sees the score', async ({
	page
}) => {
	const first = lessonAt(0);
	// Relative: under a base path (the second project) the course is at <base>/.
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.getByRole('link', { name: first.title }).click();
	await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();

	// Practice mode: check each answer; when the last one is checked the result appears.
	await expect(page.getByRole('button', { name: 'Check answer' }).first()).toBeVisible();
	for (const q of first.quiz.questions) {
		const form = await answerRight(page, q);
		await expect(form.getByText('Correct.', { exact: true })).toBeVisible();
	}
	const max = first.quiz.questions.reduce((n, q) => n + maxPoints(q), 0);
	const results = page.getByRole('region', { name: 'Your result' });
	await expect(results).toBeFocused();
	await expect(results).toContainText(`You scored ${max} out of ${max} (100%).`);
	await expect(results).toContainText('Passed.');
});
