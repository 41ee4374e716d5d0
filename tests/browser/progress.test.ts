// Saved progress on the built site: kept across reloads and tabs, repaired when unreadable, and
// a working quiz (with a notice) when storage refuses to save.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { course, lessonAt } from './course';
import { openLesson as openQuizPage } from './quiz-page';
import * as t from '../../src/lib/i18n/en';
import { KEY } from '../../src/lib/progress/browser';
import type { QuestionOf } from '../../src/lib/quiz/schema';

const lesson = lessonAt(0);
// Any single-choice question will do: the quiz shows it as a group of radios named by its prompt.
const question = lesson.quiz.questions.find((q): q is QuestionOf<'single'> => q.kind === 'single')!;
const right = question.options.find((o) => o.id === question.answer)!;

const group = (page: Page) => page.getByRole('group', { name: question.prompt });
const rightRadio = (page: Page) => group(page).getByRole('radio', { name: right.text });
const notice = (page: Page) => page.getByRole('status', { name: t.progress.notice });

async function expectAccessible(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const found = results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`
	);
	expect(found).toEqual([]);
}

// Whatever storage holds, nothing may throw at the learner.
let uncaught: string[] = [];
test.beforeEach(({ context }) => {
	uncaught = [];
	context.on('weberror', (e) => uncaught.push(e.error().message));
});
test.afterEach(() => expect(uncaught).toEqual([]));

/**
 * Opens the course page and waits until its store has read storage (the status line appears after
 * hydration), so what a test then writes to storage is first read by the next page.
 */
async function openHome(page: Page) {
	await page.goto('/');
	await expect(page.getByText(t.progress.status.notStarted).first()).toBeVisible();
}

/** Opens the lesson with every question on one page, once the quiz has come alive. */
const openLesson = (page: Page) => openQuizPage(page, lesson.slug);

test('an answer is saved at once and is still there after a reload', async ({ page }) => {
	await openLesson(page);
	await rightRadio(page).check();
	const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), KEY);
	expect(saved.version).toBe(2);
	const response = saved.records[lesson.slug].attempt.responses[question.id];
	expect(response).toEqual({ kind: 'single', choice: right.id });

	await openLesson(page);
	await expect(rightRadio(page)).toBeChecked();
	await expect(notice(page)).toHaveCount(0);
});

test('a second tab stays in step without a reload', async ({ context }) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await openLesson(first);
	await openLesson(second);
	await expect(rightRadio(first)).not.toBeChecked();
	await rightRadio(second).check();
	await expect(rightRadio(first)).toBeChecked();
});

test('unreadable saved data is set aside with a notice, and the quiz works', async ({ page }) => {
	await openHome(page);
	await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"records":{"oops'), KEY);
	await openLesson(page);
	await expect(notice(page)).toContainText(t.progress.unreadable);
	await expectAccessible(page);
	const kept = await page.evaluate(
		(key) =>
			Object.keys(localStorage)
				.filter((k) => k.startsWith(`${key}:set-aside:`))
				.map((k) => localStorage.getItem(k)),
		KEY
	);
	expect(kept).toEqual(['{"version":1,"records":{"oops']);

	await rightRadio(page).check();
	await group(page).locator('xpath=ancestor::form[1]').getByRole('button', { name: t.quiz.check }).click();
	await expect(page.getByText(t.review.correct).first()).toBeVisible();

	// Dismissed with the keyboard; the repaired data loads quietly next time.
	await notice(page).getByRole('button', { name: t.progress.dismiss }).focus();
	await page.keyboard.press('Enter');
	await expect(notice(page)).toHaveCount(0);
	await openLesson(page);
	await expect(rightRadio(page)).toBeChecked();
	await expect(notice(page)).toHaveCount(0);
});

test('a hand-edited record is dropped with a notice; the rest is kept', async ({ page }) => {
	const [one, two] = [lessonAt(0), lessonAt(1)];
	await openHome(page);
	await page.evaluate(
		({ key, one, two, q, choice }) => {
			const attempt = (responses: object) => ({
				responses,
				checked: [],
				submitted: false,
				seed: 1,
				only: null,
				startedAt: 1,
				updatedAt: 2
			});
			const records = {
				[one]: { attempt: attempt({ [q]: { kind: 'single', choice } }), best: null, finished: 0 },
				[two]: { attempt: attempt({}), best: 'top marks', finished: 'lots' }
			};
			localStorage.setItem(key, JSON.stringify({ version: 1, records, last: two }));
		},
		{ key: KEY, one: one.slug, two: two.slug, q: question.id, choice: right.id }
	);
	await openLesson(page);
	await expect(notice(page)).toContainText(t.progress.repaired(1));
	await expect(rightRadio(page)).toBeChecked();
});

test('progress saved by a newer version of the site is left untouched', async ({ page }) => {
	const newer = JSON.stringify({ version: 99, anything: ['from', 'the', 'future'] });
	await openHome(page);
	await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, newer]);
	await openLesson(page);
	await expect(notice(page)).toContainText(t.progress.newer);
	await rightRadio(page).check();
	await expect(rightRadio(page)).toBeChecked();
	expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(newer);
});

test('when storage refuses to save, the quiz still scores and says progress will not be kept', async ({
	page
}) => {
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await openLesson(page);
	await expect(notice(page)).toContainText(t.progress.notKept);
	// Said once, by the banner: the quiz does not repeat it on a site page.
	await expect(page.getByText(t.quiz.notKept)).toHaveCount(0);
	await rightRadio(page).check();
	await group(page).locator('xpath=ancestor::form[1]').getByRole('button', { name: t.quiz.check }).click();
	await expect(page.getByText(t.review.correct).first()).toBeVisible();
	await expect(rightRadio(page)).toBeChecked();
});

test('the course page shows status, first try and best, course progress, and continues at the first unfinished lesson', async ({
	page
}) => {
	const [one, two] = [lessonAt(0), lessonAt(1)];
	await page.goto('/');
	// Nothing saved yet: every lesson not started, and the way in is the first lesson.
	await expect(page.getByText(t.progress.status.notStarted)).toHaveCount(course.length);
	await expect(page.getByRole('link', { name: t.progress.start(one.title) })).toHaveAttribute(
		'href',
		`/lessons/${one.slug}`
	);
	await expect(page.getByText(t.progress.course(0, course.length))).toBeVisible();

	// A finished lesson, saved as an earlier visit would have left it.
	await page.evaluate(
		({ key, slug }) => {
			const attempt = {
				responses: {},
				checked: [],
				submitted: true,
				seed: 1,
				only: null,
				startedAt: 1,
				updatedAt: 2
			};
			const best = { earned: 4, max: 5, percent: 80, passed: true };
			const records = { [slug]: { attempt, best, finished: 1 } };
			localStorage.setItem(key, JSON.stringify({ version: 1, records, last: slug }));
		},
		{ key: KEY, slug: two.slug }
	);
	// Then one answer in the first lesson.
	await openLesson(page);
	await rightRadio(page).check();
	await page.getByRole('link', { name: t.site.lesson.back }).click();

	const item = (title: string) =>
		page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });
	await expect(item(one.title)).toContainText(t.progress.status.inProgress(1, one.quiz.questions.length));
	await expect(item(two.title)).toContainText(t.progress.status.finished);
	// Saved by the first release (version 1): carried over, its best kept as the first attempt.
	await expect(item(two.title)).toContainText(t.progress.status.scores(80, 80, true));
	await expect(page.getByText(t.progress.course(1, course.length))).toBeVisible();
	await expectAccessible(page);

	// Continue goes to the first lesson not finished: lesson one, half done.
	await page.getByRole('link', { name: t.progress.continue(one.title) }).click();
	await expect(page).toHaveURL(new RegExp(`/lessons/${one.slug}$`));
	await expect(page.getByRole('heading', { level: 1, name: one.title })).toBeVisible();
	await page.getByRole('radio', { name: t.quiz.layout.scroll }).check();
	await expect(rightRadio(page)).toBeChecked();
});
