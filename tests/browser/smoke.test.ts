import { expect, test } from '@playwright/test';
import * as t from '../../src/lib/i18n/en';
import { lessonAt } from './course';
import { answerRight } from './keyboard-answers';
import { allRight, questionOnScreen, resultPanel } from './quiz-page';

test('a learner opens the course, goes to the first lesson, answers the quiz and sees the score', async ({
	page
}) => {
	test.setTimeout(120_000);
	const first = lessonAt(0);
	// Relative: under a base path (the second project) the course is at <base>/.
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.getByRole('link', { name: first.title, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();

	// The reading first, then "Start the quiz"; one question at a time, checked as we go.
	await page.getByRole('button', { name: t.quiz.intro.start }).click();
	for (let n = 1; n <= first.quiz.questions.length; n++) {
		const q = await questionOnScreen(page, first);
		const form = await answerRight(page, q);
		await expect(form.getByText(t.review.correct, { exact: true })).toBeVisible();
		const last = n === first.quiz.questions.length;
		await page
			.getByRole('button', { name: last ? t.review.nav.toResults : `${t.review.nav.next} →` })
			.click();
	}
	const results = resultPanel(page);
	await expect(results).toBeFocused();
	await expect(results).toContainText(allRight(first));
	await expect(results).toContainText(t.review.passed);
	// The next lesson is the way on.
	const next = lessonAt(1);
	await results.getByRole('link', { name: t.review.nextLesson(next.title) }).click();
	await expect(page.getByRole('heading', { level: 1, name: next.title })).toBeVisible();
});
