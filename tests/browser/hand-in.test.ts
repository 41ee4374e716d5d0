// The first step of handing in: a student who comes back to a finished assignment finds their
// results code at the top of the page, before the lesson and its reading; the button after the
// last lesson goes to it and does not repeat its heading's words.
import { expect, test } from '@playwright/test';
import { lessonAt } from './course';
import * as t from '../../src/lib/i18n/en';
import { assignmentFragment, defaultsFor } from '../../src/lib/teach/assignment';
import { answerAndSubmit } from './quiz-answers';

const m = t.teach.assignment;

test('a finished assignment shows the results code first, also after coming back', async ({ page }) => {
	const lesson = lessonAt(0);
	const fragment = assignmentFragment({
		lessons: [lesson.slug],
		mode: 'test',
		passMark: 60,
		shuffle: false,
		...defaultsFor('test')
	});
	await page.goto(`/assignment#${fragment}`, { waitUntil: 'networkidle' });
	await page.getByLabel(m.name).fill('Rosa');
	await page.getByRole('button', { name: m.start }).click();
	await page.getByRole('radio', { name: t.quiz.layout.scroll }).check();
	await answerAndSubmit(page, lesson.quiz);
	const codeBox = page.getByRole('textbox', { name: 'Your results code' });
	await expect(codeBox).toBeVisible();
	const code = await codeBox.inputValue();

	// One heading says "All done"; the button says where it goes.
	await expect(page.getByText(m.finishedAll)).toHaveCount(1);
	await page.getByRole('button', { name: m.showCode }).click();
	await expect(page.getByRole('heading', { name: m.finishedAll })).toBeFocused();

	const above = async () => {
		const codeTop = (await page.getByRole('heading', { name: m.finishedAll }).boundingBox())!.y;
		const lessonTop = (await page.locator('#lesson-heading').boundingBox())!.y;
		return codeTop < lessonTop;
	};
	expect(await above()).toBe(true);

	// Coming back: the code is the first thing after the greeting, in the first screen.
	await page.goto('/');
	await page.goto(`/assignment#${fragment}`, { waitUntil: 'networkidle' });
	await expect(codeBox).toHaveValue(code);
	expect(await above()).toBe(true);
	await expect(page.getByRole('heading', { name: m.finishedAll })).toBeInViewport();
});
