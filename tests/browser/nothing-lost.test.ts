// Issue #14, "nothing lost": two tabs working at once keep everything either saved, and a name
// pasted with odd characters neither breaks the results code nor loses the learner's state.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { course } from './course';
import * as t from '../../src/lib/i18n/en';
import type { Question, QuestionOf } from '../../src/lib/quiz/schema';
import { assignmentFragment, defaultsFor } from '../../src/lib/teach/assignment';
import { learnerKey } from '../../src/lib/teach/learner';

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

/** Every question on one page: a learner's own choice, which these tests make before answering. */
async function showAllQuestions(page: Page) {
	await page.getByRole('radio', { name: t.quiz.layout.scroll }).check();
}

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
		await showAllQuestions(page);
		await expect(page.getByRole('button', { name: t.quiz.check }).first()).toBeVisible();
	}
	// Turn about: tab A answers questions 1, 3, 5 and tab B questions 2, 4, 6.
	for (const [i, q] of questions.entries()) await rightRadio(i % 2 ? b! : a!, q).check();

	for (const page of [a!, b!]) {
		await page.reload();
		await showAllQuestions(page);
		await expect(page.getByRole('button', { name: t.quiz.check }).first()).toBeVisible();
		for (const q of questions) await expect(rightRadio(page, q), q.prompt).toBeChecked();
	}
});

// ---- Assignments -----------------------------------------------------------------------------

const [first, second] = [course[0]!, course[1]!];
const link = (lessons: string[]) =>
	`/assignment#${assignmentFragment({
		lessons,
		mode: 'test',
		passMark: 50,
		shuffle: false,
		...defaultsFor('test')
	})}`;

/** Opens the assignment and waits until it has read the link and the saved state. */
async function openAssignment(page: Page, url: string) {
	await page.goto(url);
	await expect(page.getByRole('heading', { level: 1, name: t.teach.assignment.title })).toBeVisible();
}

async function enterName(page: Page, name: string) {
	await page.getByLabel(t.teach.assignment.name).fill(name);
	await page.getByRole('button', { name: t.teach.assignment.start }).click();
}

/**
 * Submits the lesson shown, unanswered (the quiz asks once, and is told to submit anyway): a
 * finished lesson with a score is all these tests need.
 */
async function submitLesson(page: Page, title: string) {
	await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
	await showAllQuestions(page);
	await page.getByRole('button', { name: t.quiz.submit }).click();
	await page.getByRole('button', { name: t.review.submitAnyway }).click();
	await expect(page.getByText(/^Finished: \d+ of \d+ points\.$/)).toBeVisible();
}

test('two tabs on one assignment, each finishing a lesson before hearing of the other, keep both', async ({
	context
}) => {
	const url = link([first.slug, second.slug]);
	const [a, b] = await deafTabs(context, 2);
	await openAssignment(a!, url);
	await openAssignment(b!, url);
	await enterName(a!, 'Ana');
	await enterName(b!, 'Ana');
	await submitLesson(a!, first.title);
	await b!.getByRole('button', { name: second.title }).click();
	await submitLesson(b!, second.title);

	for (const page of [a!, b!]) {
		await page.reload();
		await expect(page.getByText(t.teach.assignment.progress(2, 2))).toBeVisible();
		await expect(page.getByRole('textbox', { name: t.teach.assignment.codeLabel })).toHaveValue(/^R2\./);
	}
});

test('a tab shows a lesson finished in another tab without a reload', async ({ context }) => {
	const url = link([first.slug, second.slug]);
	const a = await context.newPage();
	await openAssignment(a, url);
	await enterName(a, 'Ana');
	const b = await context.newPage();
	await openAssignment(b, url);
	await expect(b.getByText('Working as Ana.')).toBeVisible();
	await b.getByRole('button', { name: second.title }).click();
	await submitLesson(b, second.title);
	await expect(a.getByText(t.teach.assignment.progress(1, 2))).toBeVisible();
	await submitLesson(a, first.title);
	await expect(a.getByRole('textbox', { name: t.teach.assignment.codeLabel })).toHaveValue(/^R2\./);
});

test('a name pasted with a tab or a direction override makes a code the class page reads, and survives a reload', async ({
	page
}) => {
	const url = link([first.slug]);
	await openAssignment(page, url);
	// A name cell copied from a spreadsheet, with a tab and a right-to-left override in it.
	await enterName(page, 'Ana\tP\u202eérez ');
	await expect(page.getByText('Working as Ana Pérez.')).toBeVisible();
	await submitLesson(page, first.title);
	const code = page.getByRole('textbox', { name: t.teach.assignment.codeLabel });
	await expect(code).toHaveValue(/^R2\./);
	const sent = await code.inputValue();

	await page.reload();
	await expect(page.getByText('Working as Ana Pérez.')).toBeVisible();
	await expect(code).toHaveValue(sent);
	await expect(page.getByText(t.teach.assignment.notice.repaired)).toHaveCount(0);

	await page.goto('/teach/results');
	await page.getByLabel(t.teach.results.paste).fill(sent);
	await expect(page.getByRole('rowheader', { name: 'Ana Pérez' })).toBeVisible();
	await expect(page.getByText(t.teach.results.problems(1))).toHaveCount(0);
});

test('a name with nothing visible is refused at entry with a reason', async ({ page }) => {
	await openAssignment(page, link([first.slug]));
	await enterName(page, '\u200b\t\u200b');
	await expect(page.getByRole('alert')).toHaveText(t.teach.assignment.nameProblem.invisible);
	await expect(page.getByLabel(t.teach.assignment.name)).toHaveAttribute('aria-invalid', 'true');
});

test('saved work that fails its check is set aside and mended, with a notice, never wiped', async ({
	page
}) => {
	const url = link([first.slug]);
	const id = /[#&]id=([0-9a-f]{8})$/.exec(url)![1]!;
	await openAssignment(page, url);
	// What an older version saved: a tab in the name, which the results-code rule refuses.
	const saved = {
		name: 'Ana\tPérez',
		started: { [first.slug]: 1795000000 },
		results: {
			[first.slug]: {
				slug: first.slug,
				earned: 2,
				max: 4,
				passed: true,
				questions: [{ id: first.quiz.questions[0]!.id, earned: 1, max: 1 }],
				startedAt: 1795000000,
				finishedAt: 1795000300
			}
		}
	};
	await page.evaluate(
		([key, value]) => localStorage.setItem(key!, value!),
		[learnerKey(id), JSON.stringify(saved)]
	);
	await page.reload();
	await expect(
		page.getByRole('status').filter({ hasText: t.teach.assignment.notice.repaired })
	).toBeVisible();
	await expect(page.getByText('Working as Ana Pérez.')).toBeVisible();
	await expect(page.getByText(t.teach.assignment.progress(1, 1))).toBeVisible();
	await expect(page.getByRole('textbox', { name: t.teach.assignment.codeLabel })).toHaveValue(/^R2\./);
	const copies = await page.evaluate(
		(key) =>
			Object.keys(localStorage)
				.filter((k) => k.startsWith(`${key}:set-aside:`))
				.map((k) => localStorage.getItem(k)),
		learnerKey(id)
	);
	expect(copies).toEqual([JSON.stringify(saved)]);
});

/**
 * Fills localStorage until only `free` more characters fit (one filler key, its length found by
 * halving): the browser's own quota, whatever it is.
 */
async function fillStorage(page: Page, free: number) {
	await page.evaluate((free) => {
		const key = 'filler';
		const fits = (n: number) => {
			try {
				localStorage.setItem(key, 'x'.repeat(n));
				return true;
			} catch {
				return false;
			}
		};
		let low = 0;
		let high = 1;
		while (fits(high)) {
			low = high;
			high *= 2;
		}
		while (high - low > 1) {
			const mid = Math.floor((low + high) / 2);
			if (fits(mid)) low = mid;
			else high = mid;
		}
		fits(Math.max(0, low - free));
	}, free);
}

for (const free of [300, 600, 900])
	test(`storage full to within ${free} characters at submit: the code is shown from memory, and the next load repairs the result`, async ({
		page
	}) => {
		await openAssignment(page, link([first.slug]));
		await enterName(page, 'Ana');
		await expect(page.getByRole('heading', { level: 2, name: first.title })).toBeVisible();
		await showAllQuestions(page);
		await fillStorage(page, free);
		await page.getByRole('button', { name: t.quiz.submit }).click();
		await page.getByRole('button', { name: t.review.submitAnyway }).click();
		await expect(page.getByText(/^Finished: \d+ of \d+ points\.$/)).toBeVisible();
		// Whatever could not be saved, the code is here, from memory, with its download.
		const code = page.getByRole('textbox', { name: t.teach.assignment.codeLabel });
		await expect(code).toHaveValue(/^R2\./);
		await expect(page.getByRole('button', { name: t.teach.assignment.download })).toBeVisible();
		const shown = await code.inputValue();

		// Space is freed and the page reloaded: the result is there (saved, or made again from the
		// submitted quiz), never a submitted quiz with no code.
		await page.evaluate(() => localStorage.removeItem('filler'));
		await page.reload();
		await expect(page.getByText(t.teach.assignment.progress(1, 1))).toBeVisible();
		await expect(code).toHaveValue(/^R2\./);
		const again = await code.inputValue();
		expect(again.slice(0, 12)).toBe(shown.slice(0, 12));
		// It survives another reload (the repair was saved).
		await page.reload();
		await expect(code).toHaveValue(again);
	});

for (const gap of [0, 50, 100])
	test(`two tabs submitting two lessons of one assignment ${gap} ms apart keep both`, async ({ context }) => {
		const url = link([first.slug, second.slug]);
		const [a, b] = [await context.newPage(), await context.newPage()];
		await openAssignment(a, url);
		await enterName(a, 'Ana');
		await openAssignment(b, url);
		await expect(b.getByText('Working as Ana.')).toBeVisible();
		await b.getByRole('button', { name: second.title }).click();
		// Both up to the last click: "Submit anyway".
		for (const [page, title] of [
			[a, first.title],
			[b, second.title]
		] as const) {
			await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
			await showAllQuestions(page);
			await page.getByRole('button', { name: t.quiz.submit }).click();
			await expect(page.getByRole('button', { name: t.review.submitAnyway })).toBeVisible();
		}
		// The two clicks, `gap` ms apart, dispatched in the pages themselves.
		await Promise.all([
			a.getByRole('button', { name: t.review.submitAnyway }).evaluate((el: HTMLElement) => el.click()),
			b
				.getByRole('button', { name: t.review.submitAnyway })
				.evaluate(
					(el: HTMLElement, gap) => new Promise<void>((r) => setTimeout(() => (el.click(), r()), gap)),
					gap
				)
		]);
		for (const page of [a, b]) await expect(page.getByText(/^Finished: \d+ of \d+ points\.$/)).toBeVisible();
		for (const page of [a, b]) {
			await page.reload();
			await expect(page.getByText(t.teach.assignment.progress(2, 2))).toBeVisible();
			await expect(page.getByRole('textbox', { name: t.teach.assignment.codeLabel })).toHaveValue(/^R2\./);
		}
	});
