// Issue #14, "nothing lost": two tabs working at once keep everything either saved, and a name
// pasted with odd characters neither breaks the results code nor loses the learner's state.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { course } from './course';
import { t } from '../../src/lib/i18n';
import type { Question, QuestionOf } from '../../src/lib/quiz/schema';

/**
 * Two tabs that answer "at the same moment": neither hears the other's storage event before it
 * saves. Holding the events back makes that moment certain instead of a race; each tab still
 * re-reads storage when it saves, as it always does.
 */
async function deafTabs(context: BrowserContext, count: number): Promise<Page[]> {
	await context.addInitScript(() => {
		window.addEventListener('storage', (e) => e.stopImmediatePropagation(), { capture: true });
	});
	return Promise.all(Array.from({ length: count }, () => context.newPage()));
}

type Choice = QuestionOf<'single'> | QuestionOf<'true-false'>;
const isChoice = (q: Question): q is Choice => q.kind === 'single' || q.kind === 'true-false';

/** The right answer's radio button for a single-choice or true/false question. */
function rightRadio(page: Page, q: Choice) {
	const name =
		q.kind === 'single' ? q.options.find((o) => o.id === q.answer)!.text : q.answer ? 'True' : 'False';
	return page.getByRole('group', { name: q.prompt, exact: true }).getByRole('radio', { name, exact: true });
}

test('two tabs answering different questions of one lesson keep all the answers', async ({ context }) => {
	// The lesson with the most questions answered by one click; six of them, as in the report.
	const lesson = [...course].sort(
		(x, y) => y.quiz.questions.filter(isChoice).length - x.quiz.questions.filter(isChoice).length
	)[0]!;
	const questions = lesson.quiz.questions.filter(isChoice).slice(0, 6);
	expect(questions.length).toBeGreaterThanOrEqual(4);
	const [a, b] = await deafTabs(context, 2);
	for (const page of [a!, b!]) {
		await page.goto(`/lessons/${lesson.slug}`);
		await expect(page.getByRole('button', { name: t.quiz.check }).first()).toBeVisible();
	}
	// Turn about: tab A answers questions 1, 3, 5 and tab B questions 2, 4, 6.
	for (const [i, q] of questions.entries()) await rightRadio(i % 2 ? b! : a!, q).check();

	for (const page of [a!, b!]) {
		await page.reload();
		await expect(page.getByRole('button', { name: t.quiz.check }).first()).toBeVisible();
		for (const q of questions) await expect(rightRadio(page, q), q.prompt).toBeChecked();
	}
});
