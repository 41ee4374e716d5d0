import { expect, test } from '@playwright/test';
import { course } from './course';

test('a learner opens the course, goes to the first lesson, answers the quiz and sees the score', async ({
	page
}) => {
	const first = course[0];
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.getByRole('link', { name: first.title }).click();
	await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();

	const singles = first.quiz.questions.filter((q) => q.kind === 'single');
	expect(singles.length).toBeGreaterThan(0);
	for (const q of singles) {
		const group = page.getByRole('group', { name: q.prompt });
		const right = q.options.find((o) => o.id === q.answer)!;
		await group.getByRole('radio', { name: right.text }).check();
	}
	await page.getByRole('button', { name: 'Submit answers' }).click();
	await expect(page.getByRole('status')).toContainText(`You scored ${singles.length} out of`);
});
