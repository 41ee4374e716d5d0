// The Spanish edition as a learner, a teacher and a search engine meet it: its own URLs (/es/…),
// its language declared, a switch between editions that keeps the reader's place and their answers,
// and a quiz that runs, scores and speaks Spanish.
import { expect, test } from '@playwright/test';
import { parseCourse } from '../../src/lib/content/validate';
import * as en from '../../src/lib/i18n/en';
import * as es from '../../src/lib/i18n/es';
import { readLessonFolders } from '../content/read-folders';
import { infoOf, lessonAt } from './course';
import { assignmentFragment, defaultsFor } from '../../src/lib/teach/assignment';
import { encodeResultsCode } from '../../src/lib/teach/results-code';
import { finished, withPicks } from '../../src/lib/teach/testing';
import { maxPoints } from '../../src/lib/quiz/score';
import { answerRight } from './keyboard-answers';
import { questionOnScreen, resultPanel } from './quiz-page';

const spanish = parseCourse(readLessonFolders('lessons', 'es'));
const first = spanish[0]!;

test('the Spanish course page declares its language, links both editions and lists the Spanish lessons', async ({
	page
}) => {
	await page.goto('/es');
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	for (const lesson of spanish) {
		await expect(page.getByRole('link', { name: lesson.title, exact: true })).toHaveAttribute(
			'href',
			new RegExp(`/es/lessons/${lesson.slug}$`)
		);
	}
	// Search engines find each edition from the other, by absolute address (npm test builds with
	// SITE_ORIGIN=https://lessons.example.org).
	const origin = process.env.SITE_ORIGIN ?? 'https://lessons.example.org';
	const alternates = page.locator('link[rel="alternate"][hreflang]');
	await expect(alternates).toHaveCount(3);
	await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', `${origin}/`);
	await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute('href', `${origin}/es`);
	await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
		'href',
		`${origin}/`
	);
	// The switch names each language in itself.
	const nav = page.getByRole('navigation', { name: es.site.languages });
	await expect(nav.getByRole('link', { name: 'English' })).toHaveAttribute('hreflang', 'en');
});

test('switching to Spanish in the middle of a lesson keeps the place and the answers given', async ({
	page
}) => {
	test.setTimeout(90_000);
	const lesson = lessonAt(0);
	await page.goto(`/lessons/${lesson.slug}`);
	await page.getByRole('button', { name: en.quiz.intro.start }).click();
	const q = await questionOnScreen(page, lesson);
	const form = await answerRight(page, q);
	await expect(form.getByText(en.review.correct, { exact: true })).toBeVisible();

	// Up to the switch in the header, as a reader does.
	await page
		.getByRole('navigation', { name: en.site.languages })
		.getByRole('link', { name: 'Español' })
		.click();
	await expect(page).toHaveURL(new RegExp(`/es/lessons/${lesson.slug}#.+$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	// The same question, now in Spanish, still answered and checked: progress belongs to the lesson,
	// not to the edition.
	const same = first.quiz.questions.find((x) => x.id === q.id)!;
	const card = page.locator('[data-quiz-card]:not([hidden])');
	await expect(card.getByRole('group', { name: same.prompt, exact: true })).toBeVisible();
	await expect(card.getByText(es.review.correct, { exact: true })).toBeVisible();
	// The place: what the reader had on screen before going up to the switch is on screen again.
	const place = decodeURIComponent(new URL(page.url()).hash.slice(1));
	await expect(page.locator(`[id="${place}"]`)).toBeInViewport();
});

test('a Spanish learner answers the whole quiz by keyboard and gets a Spanish result', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto(`/es/lessons/${first.slug}`);
	await page.getByRole('button', { name: es.quiz.intro.start }).click();
	for (let n = 1; n <= first.quiz.questions.length; n++) {
		const q = await questionOnScreen(page, first);
		const form = await answerRight(page, q, true, es);
		await expect(form.getByText(es.review.correct, { exact: true })).toBeVisible();
		const last = n === first.quiz.questions.length;
		await page
			.getByRole('button', { name: last ? es.review.nav.toResults : `${es.review.nav.next} →` })
			.click();
	}
	const results = page.getByRole('region', { name: new RegExp(`^${es.review.results}`) });
	await expect(results).toBeFocused();
	await expect(results).toContainText(es.review.passed);
	// The English result panel's name is not used: the whole page is in one language.
	await expect(resultPanel(page)).toHaveCount(0);
});

test('an embed asked for Spanish (?lang=es) shows the Spanish quiz', async ({ page }) => {
	await page.goto(`/embed/${first.slug}?lang=es`);
	await expect(page).toHaveURL(new RegExp(`/es/embed/${first.slug}`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('button', { name: es.quiz.intro.start })).toBeEnabled();
});

test('a missing Spanish page answers 404 with the Spanish explanation', async ({ page }) => {
	const response = await page.goto('/es/lessons/no-such-lesson');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('link', { name: es.site.notFound.home })).toBeVisible();
});

test('a teacher reads English and Spanish codes for one assignment in one Spanish class table', async ({
	page
}) => {
	// A results code carries no language: the English and the Spanish assignment page write the
	// same code for the same work, so one class mixes both editions.
	const lesson = lessonAt(0);
	const code = (name: string, right: number) =>
		encodeResultsCode({
			assignment: '0a1b2c3d',
			name,
			lessons: [
				withPicks(
					finished({
						slug: lesson.slug,
						items: lesson.quiz.questions.map((q, i): [string, number, number] => [
							q.id,
							i < right ? maxPoints(q) : 0,
							maxPoints(q)
						])
					}),
					infoOf(lesson)
				)
			]
		});
	await page.goto('/es/teach/results', { waitUntil: 'networkidle' });
	await page
		.getByLabel(es.teach.results.paste)
		.fill([code('Ana Pérez', 3), code('Ben Okafor', 5)].join('\n'));
	await expect(page.getByText(es.teach.results.count(2, 2))).toBeVisible();
	const table = page.getByRole('table').first();
	await expect(table).toContainText('Ana Pérez');
	await expect(table).toContainText('Ben Okafor');
	// In Spanish: the lesson by its Spanish title.
	await expect(page.getByText(first.title).first()).toBeVisible();
});

test('a student who switches language on an assignment keeps the assignment and their name', async ({
	page
}) => {
	const lesson = lessonAt(0);
	const fragment = assignmentFragment({
		lessons: [lesson.slug],
		mode: 'practice',
		passMark: 60,
		shuffle: true,
		...defaultsFor('practice')
	});
	await page.goto(`/assignment#${fragment}`, { waitUntil: 'networkidle' });
	await page.getByLabel(en.teach.assignment.name).fill('Lucía');
	await page.getByRole('button', { name: en.teach.assignment.start }).click();
	await expect(page.getByText(en.teach.assignment.hello('Lucía'))).toBeVisible();

	await page
		.getByRole('navigation', { name: en.site.languages })
		.getByRole('link', { name: 'Español' })
		.click();
	await expect(page).toHaveURL(
		new RegExp(`/es/assignment#${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
	);
	await expect(page.getByText(es.teach.assignment.hello('Lucía'))).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: first.title })).toBeVisible();
});
