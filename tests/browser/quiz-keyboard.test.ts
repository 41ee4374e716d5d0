// Every question kind in the course can be answered, and checked, with the keyboard alone.
import { expect, test } from '@playwright/test';
import { KINDS, type Kind } from '../../src/lib/quiz/kinds';
import { course, lessonAt } from './course';
import { answerRight, tabTo } from './keyboard-answers';
import { axeInBothSchemes } from './axe';
import { allRight, openLesson, resultPanel } from './quiz-page';
import * as t from '../../src/lib/i18n/en';

const firstOfKind = new Map<
	Kind,
	{ slug: string; question: (typeof course)[number]['quiz']['questions'][number] }
>();
for (const lesson of course)
	for (const question of lesson.quiz.questions)
		if (!firstOfKind.has(question.kind)) firstOfKind.set(question.kind, { slug: lesson.slug, question });

// Every kind, not only those the course happens to use: a kind the content drops fails here rather
// than silently losing its browser test.
for (const kind of KINDS) {
	test(`a ${kind} question can be answered and checked with the keyboard only`, async ({ page }) => {
		const found = firstOfKind.get(kind);
		expect(found, `the course has no ${kind} question`).toBeDefined();
		const { slug, question } = found!;
		await openLesson(page, slug);
		const form = await answerRight(page, question);
		await expect(form.getByText('Correct.', { exact: true })).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'Correct.' })).toBeAttached();
		await expect(form.getByRole('link', { name: 'Reread the paragraph' })).toHaveAttribute(
			'href',
			`#${question.paragraph}`
		);
		// Done: focus went to the feedback, which is read out; the question no longer changes.
		await expect(form.locator('.feedback')).toBeFocused();
		await expect(form.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
	});
}

test('order items move by keyboard with focus kept on the moved item', async ({ page }) => {
	const found = firstOfKind.get('order');
	expect(found, 'the course has no order question').toBeDefined();
	const { slug, question } = found!;
	if (question.kind !== 'order') return;
	await openLesson(page, slug);
	const group = page.getByRole('group', { name: question.prompt, exact: true });
	const shown = async () => (await group.locator('li .text').allTextContents()).map((s) => s.trim());
	const before = await shown();
	expect(before).not.toEqual(question.items.map((i) => i.text));
	const last = before.at(-1)!;
	const up = group.getByRole('button', { name: `Move "${last}" up`, exact: true });
	await tabTo(page, up);
	await page.keyboard.press('Enter');
	await expect.poll(shown).toEqual([...before.slice(0, -2), last, before.at(-2)]);
	await expect(up).toBeFocused();
	await expect(
		group.getByText(`"${last}" moved to position ${before.length - 1} of ${before.length}.`)
	).toBeAttached();
});

test('the order and answers survive a reload', async ({ page }) => {
	const lesson = lessonAt(0);
	const q = lesson.quiz.questions.find((x) => x.kind === 'single' || x.kind === 'true-false');
	test.skip(!q, 'no single or true-false question in the first lesson');
	await openLesson(page, lesson.slug);
	await answerRight(page, q!, false);
	const prompts = async () => page.locator('.quiz .question-fields > legend').allTextContents();
	const order = await prompts();
	await page.reload();
	await page.getByRole('radio', { name: t.quiz.layout.scroll }).check();
	await expect.poll(prompts).toEqual(order);
	await expect(
		page.getByRole('group', { name: q!.prompt, exact: true }).getByRole('radio', { checked: true })
	).toHaveCount(1);
});

test('without JavaScript every question and its choices are in the page, with a note', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const lesson = lessonAt(0);
	const response = await page.goto(`/lessons/${lesson.slug}`);
	expect(await response!.text()).toContain('Scoring needs JavaScript');
	await expect(page.getByText('Scoring needs JavaScript')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
	// The paged player's own screens (start, map) never show without JavaScript: every question does.
	await expect(page.getByRole('button', { name: t.quiz.intro.start })).toBeHidden();
	await expect(page.getByRole('navigation', { name: t.review.nav.label })).toBeHidden();
	for (const q of lesson.quiz.questions) {
		const group = page.getByRole('group', { name: q.prompt, exact: true });
		await expect(group).toBeVisible();
		const texts =
			'options' in q
				? q.options.map((o) => o.text)
				: q.kind === 'order'
					? q.items.map((i) => i.text)
					: q.kind === 'match'
						? q.pairs.map((p) => p.left)
						: [];
		for (const text of texts) await expect(group).toContainText(text);
	}
	await context.close();
});

test('feedback and the results panel pass axe-core, light and dark', async ({ page }) => {
	const lesson = lessonAt(0);
	test.setTimeout(120_000);
	await openLesson(page, lesson.slug);
	// Right first time, wrong then shown, wrong twice: every kind of feedback box appears.
	for (const [i, q] of lesson.quiz.questions.entries()) {
		const form = page.locator('form', { has: page.getByRole('group', { name: q.prompt, exact: true }) });
		if (i % 3 === 0 || q.kind === 'order') {
			await answerRight(page, q);
			continue;
		}
		// Check with a wrong or empty answer where the kind has one; else right.
		const radio = form.getByRole('radio').first();
		const box = form.getByRole('checkbox').first();
		if (await radio.count()) await radio.check();
		else if (await box.count()) await box.check();
		else {
			await answerRight(page, q);
			continue;
		}
		await form.getByRole('button', { name: t.quiz.check }).click();
		const done = form.getByText(t.review.correct, { exact: true });
		if (await done.count()) continue;
		if (i % 3 === 1) await form.getByRole('button', { name: t.quiz.showAnswer }).click();
		else await form.getByRole('button', { name: t.quiz.check }).click();
	}
	await expect(resultPanel(page)).toBeFocused();
	expect(await axeInBothSchemes(page, '.quiz')).toEqual({ light: [], dark: [] });
});

test('test mode (the embed with ?mode=test): answer by keyboard, submit, see the review and the result', async ({
	page
}) => {
	test.setTimeout(120_000);
	const lesson = lessonAt(0);
	await page.goto(`/embed/${lesson.slug}?mode=test&layout=scroll`);
	const submit = page.getByRole('button', { name: 'Submit answers' });
	await expect(submit).toBeVisible();
	await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
	for (const q of lesson.quiz.questions) await answerRight(page, q, false);
	await expect(page.getByText('Correct.', { exact: true })).toHaveCount(0);
	await tabTo(page, submit);
	await page.keyboard.press('Enter');

	const results = resultPanel(page);
	await expect(results).toBeFocused();
	await expect(results).toContainText(allRight(lesson));
	await expect(page.getByText('Correct.', { exact: true })).toHaveCount(lesson.quiz.questions.length);
	await expect(page.getByText('Your answer:')).toHaveCount(lesson.quiz.questions.length);
});
