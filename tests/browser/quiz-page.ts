// Finding one's way around a quiz on a page, as a learner does: wait for it to run, pick how it is
// shown, find the question on screen in the paged player.
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import type { Lesson } from '../../src/lib/content/types';
import * as t from '../../src/lib/i18n/en';
import type { Question } from '../../src/lib/quiz/kinds';
import { maxPoints } from '../../src/lib/quiz/score';

type Where = Page | FrameLocator;

/**
 * Opens a lesson and waits for its quiz to run. `scroll` picks "All questions on one page" (what a
 * learner who wants to see everything does); `paged` keeps one question at a time.
 */
export async function openLesson(page: Page, slug: string, layout: 'paged' | 'scroll' = 'scroll') {
	await page.goto(`/lessons/${slug}`);
	const all = page.getByRole('radio', { name: t.quiz.layout.scroll });
	await expect(all).toBeEnabled();
	if (layout === 'scroll') await all.check();
}

/** The question on screen in the paged player (questions are shuffled: found by its prompt). */
export async function questionOnScreen(where: Where, lesson: Lesson): Promise<Question> {
	const legend = where.locator('[data-quiz-card]:not([hidden]) .question-fields > legend').first();
	await expect(legend).toBeVisible();
	const prompt = (await legend.textContent())?.trim();
	const q = lesson.quiz.questions.find((x) => x.prompt === prompt);
	if (!q) throw new Error(`No question with the prompt "${prompt}" in ${lesson.slug}`);
	return q;
}

/** The lesson's points, for "… of N points". */
export const pointsOf = (lesson: Lesson) => lesson.quiz.questions.reduce((n, q) => n + maxPoints(q), 0);

/** The result panel ("Your result", or "Your result, attempt 2"). */
export const resultPanel = (where: Where): Locator => where.getByRole('region', { name: /^Your result/ });

/** "11 of 11 questions right · 20 of 20 points (100%)" for a lesson answered all right. */
export const allRight = (lesson: Lesson) => {
	const n = lesson.quiz.questions.length;
	const max = pointsOf(lesson);
	return t.review.scoreLine(n, n, max, max, 100);
};
