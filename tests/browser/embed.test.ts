// Embedding as a course page does it: a host page on another origin (a server started here) with
// two quizzes and static/embed.js. Checks sizing, the completion event and its score, that
// messages from other origins or of the wrong shape are ignored, and that only the embed routes
// may be framed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { lessonAt } from './course';
import { resultPanel } from './quiz-page';
import * as t from '../../src/lib/i18n/en';
import { answerAndSubmit } from './quiz-answers';

const [first, second] = [lessonAt(0), lessonAt(1)];
let server: Server;
let host = '';
let site = '';

/** The course page. Events that embed.js re-dispatches are recorded on window.seen. */
function hostPage(): string {
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A course page</title></head>
<body>
<h1>A course page</h1>
<iframe id="quiz-a" src="${site}/embed/${first.slug}?mode=test&layout=scroll" title="First quiz" height="150"
  style="border:0;width:100%"></iframe>
<iframe id="quiz-b" src="${site}/embed/${second.slug}" title="Second quiz" height="150"
  style="border:0;width:100%"></iframe>
<iframe id="impostor" src="/embed/fake" title="Impostor" height="50"></iframe>
<iframe id="lesson" src="${site}/lessons/${first.slug}" title="A whole lesson" height="150"></iframe>
<script>
  window.seen = [];
  for (const type of ['quiz:ready', 'quiz:answer', 'quiz:complete']) {
    document.addEventListener(type, (e) => window.seen.push({ type, on: e.target.id, detail: e.detail }));
  }
</script>
<script src="${site}/embed.js" async></script>
</body></html>`;
}

/** A page on the host's origin, framed at a path like the real embeds, sending well-formed messages. */
const impostor = `<!doctype html><title>impostor</title><script>
  parent.postMessage({ type: 'quiz:resize', version: 1, height: 4321 }, '*');
  parent.postMessage({ type: 'quiz:complete', version: 1, lesson: 'fake',
    result: { score: { raw: 1, min: 0, max: 1, scaled: 1 }, success: true, completion: true } }, '*');
</script>`;

// Playwright reads the fixtures a hook uses from its destructuring pattern: none here.
// eslint-disable-next-line no-empty-pattern
test.beforeAll(async ({}, info) => {
	site = String(info.project.use.baseURL);
	server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://x').pathname;
		res.setHeader('content-type', 'text/html; charset=utf-8');
		if (path === '/host.html') res.end(hostPage());
		else if (path === '/embed/fake') res.end(impostor);
		else {
			res.statusCode = 404;
			res.end('not found');
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	expect(new URL(host).origin).not.toBe(new URL(site).origin);
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Seen = { type: string; on: string; detail: Record<string, unknown> };
const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: Seen[] }).seen);
const heightOf = (page: Page, id: string) =>
	page.locator(`#${id}`).evaluate((el: HTMLIFrameElement) => el.getBoundingClientRect().height);

async function openHost(page: Page) {
	await page.goto(`${host}/host.html`);
	// Both quizzes have run and said so, and embed.js has sized both frames.
	await expect.poll(async () => (await seen(page)).filter((e) => e.type === 'quiz:ready').length).toBe(2);
	for (const id of ['quiz-a', 'quiz-b']) {
		await expect.poll(() => page.locator(`#${id}`).evaluate((el) => el.style.height)).toMatch(/px$/);
	}
}

test('a course page embeds two quizzes; the one completed resizes to fit and reports its score', async ({
	page
}) => {
	await openHost(page);
	const ready = (await seen(page)).filter((e) => e.type === 'quiz:ready');
	expect(ready.map((e) => [e.on, e.detail.lesson, e.detail.questionCount]).sort()).toEqual(
		[
			['quiz-a', first.slug, first.quiz.questions.length],
			['quiz-b', second.slug, second.quiz.questions.length]
		].sort()
	);

	// Sized to the quiz, far taller than the 150 px the host gave it, with no inner scrolling.
	const before = await heightOf(page, 'quiz-a');
	expect(before).toBeGreaterThan(300);
	const frame = page.frameLocator('#quiz-a');
	const expected = await answerAndSubmit(frame, first.quiz);

	await expect
		.poll(async () => (await seen(page)).filter((e) => e.type === 'quiz:complete'))
		.toEqual([
			{
				type: 'quiz:complete',
				on: 'quiz-a',
				detail: {
					type: 'quiz:complete',
					version: 1,
					lesson: first.slug,
					attempt: 1,
					result: {
						score: {
							raw: expected.earned,
							min: 0,
							max: expected.max,
							scaled: Math.round((expected.earned / expected.max) * 10000) / 10000
						},
						success: expected.passed,
						completion: true
					}
				}
			}
		]);
	await expect(resultPanel(frame)).toContainText(
		`${expected.earned} of ${expected.max} points (${Math.round((expected.earned / expected.max) * 100)}%)`
	);

	// On submit in test mode every question was scored and reported, adding up to the total.
	const answers = (await seen(page)).filter((e) => e.type === 'quiz:answer');
	expect(answers.map((e) => e.detail.questionId).sort()).toEqual(
		first.quiz.questions.map((q) => q.id).sort()
	);
	expect(answers.every((e) => e.on === 'quiz-a' && e.detail.lesson === first.slug)).toBe(true);
	expect(answers.reduce((sum, e) => sum + (e.detail.earned as number), 0)).toBe(expected.earned);
	for (const q of first.quiz.questions.filter((q) => q.kind === 'single' || q.kind === 'true-false')) {
		const answer = answers.find((e) => e.detail.questionId === q.id);
		expect(answer?.detail).toMatchObject({ correct: true, earned: 1, max: 1 });
	}

	// The review and the result made the quiz longer: the frame followed, and fits it exactly.
	await expect.poll(() => heightOf(page, 'quiz-a')).toBeGreaterThan(before);
	const inner = page.frame({ url: new RegExp(`/embed/${first.slug}`) })!;
	await expect
		.poll(async () => {
			const docHeight = await inner.evaluate(() =>
				Math.ceil(document.documentElement.getBoundingClientRect().height)
			);
			return Math.abs(docHeight - (await heightOf(page, 'quiz-a')));
		})
		.toBeLessThanOrEqual(1);
	const overflow = await inner.evaluate(() => document.documentElement.scrollHeight - innerHeight);
	expect(overflow).toBeLessThanOrEqual(1);
});

test('messages from another origin, or not in the protocol, are ignored', async ({ page }) => {
	await openHost(page);
	// The impostor (host origin, /embed/ path) has already posted a resize and a completion.
	const impostorHeight = () => page.locator('#impostor').evaluate((el) => el.style.height);
	expect(await impostorHeight()).toBe('');

	// The host page itself posts a well-formed completion: wrong origin.
	await page.evaluate(() =>
		window.postMessage(
			{
				type: 'quiz:complete',
				version: 1,
				lesson: 'x',
				result: { score: { raw: 1, min: 0, max: 1, scaled: 1 }, success: true, completion: true }
			},
			'*'
		)
	);
	// The quiz's own origin, but malformed: then one good resize, which arrives after them.
	const inner = page.frame({ url: new RegExp(`/embed/${first.slug}`) })!;
	await inner.evaluate(() => {
		for (const m of [
			'quiz:complete',
			{ type: 'quiz:resize', version: 1, height: '9999' },
			{ type: 'quiz:resize', version: 2, height: 9999 },
			{ type: 'quiz:resize', height: 9999 },
			{
				type: 'quiz:complete',
				version: 1,
				lesson: 'x',
				result: { score: { raw: 5, min: 0, max: 2, scaled: 2.5 }, success: true, completion: true }
			},
			{ type: 'quiz:complete', version: 1, lesson: 'x' }
		])
			parent.postMessage(m, '*');
		parent.postMessage({ type: 'quiz:resize', version: 1, height: 1234 }, '*');
	});
	await expect.poll(() => heightOf(page, 'quiz-a')).toBe(1234);
	expect((await seen(page)).filter((e) => e.type === 'quiz:complete')).toEqual([]);
	expect(await impostorHeight()).toBe('');
});

test('only the embed routes may be framed by another site', async ({ page, request }) => {
	const lesson = await request.get(`/lessons/${first.slug}`);
	expect(lesson.headers()['x-frame-options']).toBe('DENY');
	expect(lesson.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
	const home = await request.get('/');
	expect(home.headers()['content-security-policy']).toBe("frame-ancestors 'none'");

	const embed = await request.get(`/embed/${first.slug}`);
	// Only framing in the header: the page's script rules are its meta CSP.
	expect(embed.headers()['content-security-policy']).toBe('frame-ancestors *');

	await openHost(page);
	// The lesson frame was refused: nothing of the lesson rendered in it.
	const refused = await page.locator('#lesson').contentFrame();
	await expect(refused.getByRole('heading', { name: first.title })).toHaveCount(0);
	const frame = await page
		.locator('#lesson')
		.elementHandle()
		.then((el) => el!.contentFrame());
	expect(frame?.url()).not.toContain(`/lessons/${first.slug}`);
});

test('the embed page alone: reading on request, fits 280 px, light by default, dark on request', async ({
	page
}) => {
	await page.setViewportSize({ width: 280, height: 700 });
	const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	const backgrounds: string[] = [];
	for (const theme of ['light', 'dark'] as const) {
		// The reader's own setting is dark: a light course page still gets a light quiz by default.
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(`/embed/${first.slug}?reading=1${theme === 'dark' ? '&theme=dark' : ''}`);
		await expect(page.getByRole('region', { name: 'Reading' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Check your understanding' })).toBeVisible();
		// No site header or navigation: the quiz is the page.
		await expect(page.getByRole('navigation')).toHaveCount(0);
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
		).toBeLessThanOrEqual(0);
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
		backgrounds.push(await background());
	}
	expect(backgrounds).toEqual(['rgb(253, 252, 249)', 'rgb(21, 23, 26)']);
	// `auto` follows the reader's setting.
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(`/embed/${first.slug}?theme=auto`);
	await expect.poll(background).toBe('rgb(21, 23, 26)');
	await page.emulateMedia({ colorScheme: 'light' });
	await expect.poll(background).toBe('rgb(253, 252, 249)');

	// Without the option there is no reading; the lesson link opens outside the frame.
	await page.goto(`/embed/${first.slug}`);
	await expect(page.getByRole('heading', { name: 'Check your understanding' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Reading' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: first.title })).toHaveAttribute('target', '_blank');
});

test('a paged embed stays under 900 px tall on a desktop course page, question after question', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(`${host}/host.html`);
	await expect.poll(async () => (await seen(page)).filter((e) => e.type === 'quiz:ready').length).toBe(2);
	const frame = page.frameLocator('#quiz-b');
	const heights: number[] = [await heightOf(page, 'quiz-b')];
	await frame.getByRole('button', { name: t.quiz.intro.start }).click();
	for (let n = 1; n <= second.quiz.questions.length; n++) {
		await expect(
			frame.getByRole('heading', { name: t.quiz.question(n, second.quiz.questions.length) })
		).toBeVisible();
		await expect.poll(() => heightOf(page, 'quiz-b')).toBeGreaterThan(200);
		heights.push(await heightOf(page, 'quiz-b'));
		if (n < second.quiz.questions.length)
			await frame.getByRole('button', { name: `${t.review.nav.next} →` }).click();
	}
	expect(Math.max(...heights), `frame heights: ${heights.join(', ')}`).toBeLessThanOrEqual(900);
});

test('a lesson links to its embed code, on a page of its own with no answers, to copy', async ({
	page,
	context,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`/lessons/${first.slug}`);
	// Not in the learner's lesson: a small link for authors.
	await expect(page.getByText('Embed this quiz', { exact: true })).toHaveCount(0);
	await page.getByRole('link', { name: t.site.lesson.share }).click();
	await expect(page).toHaveURL(new RegExp(`/embed-code/${first.slug}$`));
	const summary = page.getByText('Embed this quiz', { exact: true });
	await summary.focus();
	await page.keyboard.press('Enter');
	const code = page.getByRole('textbox', { name: 'Embed code' });
	await expect(code).toBeVisible();
	await expect(code).toHaveValue(new RegExp(`<iframe src="${baseURL}/embed/${first.slug}"`));
	await expect(code).toHaveValue(new RegExp(`<script src="${baseURL}/embed.js" async></script>`));

	await page.getByLabel('Mode').selectOption('test');
	await page.getByLabel('Include the reading').check();
	await page.getByLabel('Colours').selectOption('dark');
	await expect(code).toHaveValue(
		new RegExp(`/embed/${first.slug}\\?reading=1&amp;mode=test&amp;theme=dark"`)
	);
	await page.getByLabel(/receives the score/).check();
	await expect(code).toHaveValue(/document\.addEventListener\('quiz:complete'/);

	await page.getByRole('button', { name: 'Copy code' }).click();
	await expect(page.getByText('Copied to the clipboard.')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
});

test('a test of one attempt, once submitted, stays submitted under a looser link (?mode=practice, ?attempts=5, ?attempts=unlimited&mode=TEST)', async ({
	page
}) => {
	await page.goto(`/embed/${first.slug}?mode=test&layout=scroll`);
	await expect(page.getByRole('heading', { name: 'Check your understanding' })).toBeVisible();
	const start = page.getByRole('button', { name: t.quiz.intro.start });
	await expect(start.or(page.getByRole('button', { name: 'Submit answers' }))).toBeVisible();
	if (await start.isVisible()) await start.click();
	const expected = await answerAndSubmit(page, first.quiz);
	const panel = resultPanel(page);
	await expect(panel).toContainText(`${expected.earned} of ${expected.max} points`);
	const again = [t.review.newAttempt, t.review.startOver, t.review.retryMissed];
	for (const name of again) await expect(page.getByRole('button', { name })).toHaveCount(0);

	for (const query of ['mode=practice', 'mode=test&attempts=5', 'attempts=unlimited&mode=TEST']) {
		await page.goto(`/embed/${first.slug}?${query}&layout=scroll`);
		// The submitted attempt is shown as it was, with nothing to start again.
		await expect(resultPanel(page), query).toContainText(`${expected.earned} of ${expected.max} points`);
		for (const name of again) await expect(page.getByRole('button', { name }), query).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Submit answers' })).toHaveCount(0);
	}
});
