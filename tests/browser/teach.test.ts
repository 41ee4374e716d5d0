// Teacher tools end to end: printable sheets, an assignment link built on /teach/assign, two
// learners (separate browsers) completing it differently, and the teacher importing both results
// (one pasted, one as a file) and downloading a CSV with the right numbers. Plus hostile links/codes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { course, lessonAt } from './course';
import { readCsv } from '../csv';
import * as t from '../../src/lib/i18n/en';
import { loadLanguage } from '../../src/lib/i18n';
import { assignmentFragment, defaultsFor } from '../../src/lib/teach/assignment';
import { KEY as PROGRESS_KEY } from '../../src/lib/progress/browser';
import { crc32 } from '../../src/lib/teach/checksum';
import { decodeResultsCode, encodeResultsCode, type ResultsPayload } from '../../src/lib/teach/results-code';
import { MIN_STUDENTS } from '../../src/lib/teach/items';
import { finished } from '../../src/lib/teach/testing';
import type { Lesson } from '../../src/lib/content/types';
import type { Question, Response } from '../../src/lib/quiz/schema';
import { keyResponse, maxPoints, score } from '../../src/lib/quiz/score';

// The results code's messages (read here as the teacher's page reads them) are English text.
test.beforeAll(() => loadLanguage('en'));

/** The page as it is now (after interaction, not just as prerendered) has no axe violations. */
async function accessible(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)
	).toEqual([]);
}

/** Fails the test if anything from a link or code ever runs as script. */
function noScripts(page: Page) {
	page.on('dialog', (dialog) => {
		throw new Error(`a dialog opened: ${dialog.message()}`);
	});
}

test.describe('printable sheets', () => {
	const lesson = lessonAt(0);

	test('the guide lists every lesson with its objectives and links to its printable sheets', async ({
		page
	}) => {
		await page.goto('/teach');
		for (const l of course) {
			const section = page.getByRole('region', { name: l.title, exact: true });
			await expect(section).toBeVisible();
			for (const objective of l.objectives) {
				await expect(section.getByText(objective, { exact: true })).toBeVisible();
			}
			const worksheet = section.getByRole('link', { name: /Student worksheet/ });
			expect(await worksheet.evaluate((a: HTMLAnchorElement) => new URL(a.href).pathname)).toBe(
				`/teach/${l.slug}/worksheet`
			);
		}
		await expect(
			page
				.getByRole('navigation', { name: 'Teacher tools' })
				.getByRole('link', { name: 'Make an assignment' })
		).toBeVisible();

		// The teacher copy has the answer key, the discussion prompts and the extension.
		await page
			.getByRole('region', { name: lesson.title, exact: true })
			.getByRole('link', { name: /Teacher copy/ })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Teacher copy: ${lesson.title}`);
		for (const q of lesson.quiz.questions) await expect(page.getByText(q.explanation)).toBeVisible();
		if (lesson.teacher.prompts[0]) await expect(page.getByText(lesson.teacher.prompts[0])).toBeVisible();
		if (lesson.teacher.extension) await expect(page.getByText(lesson.teacher.extension)).toBeVisible();
	});

	test('the teacher pages load no Kit client (the embed code page only its panel’s island), and the worksheet ships no key', async ({
		page,
		request
	}) => {
		// Everything the worksheet's page loads, plus the data file a client router would ask for.
		const bodies: string[] = [];
		const scripts: string[] = [];
		page.on('response', async (response) => {
			if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
			bodies.push(await response.text().catch(() => ''));
		});
		await page.goto(`/teach/${lesson.slug}/worksheet`);
		await page.waitForLoadState('networkidle');
		const data = await request.get(`/teach/${lesson.slug}/worksheet/__data.json`);
		if (data.ok()) bodies.push(await data.text());
		const loaded = bodies.join('\n');
		expect(loaded).toContain(lesson.quiz.questions[0]!.prompt);
		for (const q of lesson.quiz.questions) expect(loaded).not.toContain(q.explanation);
		expect(loaded).not.toMatch(/"(answer|answers|evidence|explanation|key)":/);
		expect(loaded).not.toContain('✓');
		expect(scripts).toEqual(['/print.js']);

		// The print button works through that one small script.
		await page.evaluate(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => (window as unknown as { printed: number }).printed++;
		});
		await page.getByRole('button', { name: 'Print' }).click();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

		scripts.length = 0;
		await page.goto('/teach');
		await page.waitForLoadState('networkidle');
		expect(scripts, '/teach').toEqual([]);

		scripts.length = 0;
		await page.goto(`/teach/${lesson.slug}`);
		await page.waitForLoadState('networkidle');
		expect(scripts).toEqual(['/print.js']);

		// The embed panel, on its own page with no answers: its one island.
		scripts.length = 0;
		await page.goto(`/embed-code/${lesson.slug}`);
		await page.waitForLoadState('networkidle');
		expect(scripts.length, scripts.join(', ')).toBeGreaterThan(0);
		for (const script of scripts) expect(script).toMatch(/^\/_app\/immutable\/islands\//);
	});

	test('the worksheet prints without answers; the teacher copy prints with them', async ({ page }, info) => {
		await page.goto(`/teach/${lesson.slug}/worksheet`);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Student worksheet: ${lesson.title}`);
		const sheet = await page.locator('main').innerText();
		for (const q of lesson.quiz.questions) {
			expect(sheet).toContain(q.prompt);
			expect(sheet).not.toContain(q.explanation);
		}
		expect(sheet).not.toMatch(/Answer:|✓/);
		// Screen-only tools and the site's frame stay off paper.
		await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Teacher tools' })).toBeHidden();
		const worksheet = await page.pdf({ path: info.outputPath('worksheet.pdf'), format: 'A4' });
		expect(worksheet.subarray(0, 5).toString()).toBe('%PDF-');

		await page.goto(`/teach/${lesson.slug}`);
		await page.emulateMedia({ media: 'print' });
		const copy = await page.locator('main').innerText();
		for (const q of lesson.quiz.questions) expect(copy).toContain(q.explanation);
		// The key: marked in the questions, and all of it at a glance at the top.
		expect(copy).toContain('✓');
		expect(copy).toContain(t.teach.guide.compactKey);
		const teacher = await page.pdf({ path: info.outputPath('teacher-copy.pdf'), format: 'A4' });
		expect(teacher.length).toBeGreaterThan(worksheet.length);
	});
});

// ---- Answering a quiz the way a learner does -------------------------------------------------

type Style = 'right' | 'some-wrong';

/** Answers one question on the page and returns the response the learner gave (null: left alone). */
async function answer(page: Page, q: Question, style: Style): Promise<Response | null> {
	const group = page.getByRole('group', { name: q.prompt, exact: true });
	if (style === 'some-wrong') {
		// Wrong where there is a wrong choice; order questions left as shown; the rest unanswered.
		if (q.kind === 'single') {
			const wrong = q.options.find((o) => o.id !== q.answer)!;
			await group.getByRole('radio', { name: wrong.text, exact: true }).check();
			return { kind: 'single', choice: wrong.id };
		}
		if (q.kind === 'true-false') {
			await group.getByRole('radio', { name: q.answer ? 'False' : 'True', exact: true }).check();
			return { kind: 'true-false', value: !q.answer };
		}
		if (q.kind === 'multiple') {
			await group
				.getByRole('checkbox', { name: q.options.find((o) => o.id === q.answer[0])!.text, exact: true })
				.check();
			return { kind: 'multiple', choices: [q.answer[0]!] };
		}
		if (q.kind === 'order') return { kind: 'order', order: await shownOrder(page, q) };
		return null;
	}
	switch (q.kind) {
		case 'single':
			await group
				.getByRole('radio', { name: q.options.find((o) => o.id === q.answer)!.text, exact: true })
				.check();
			break;
		case 'true-false':
			await group.getByRole('radio', { name: q.answer ? 'True' : 'False', exact: true }).check();
			break;
		case 'multiple':
			for (const id of q.answer) {
				await group
					.getByRole('checkbox', { name: q.options.find((o) => o.id === id)!.text, exact: true })
					.check();
			}
			break;
		case 'text':
			await group.getByRole('textbox', { name: 'Your answer' }).fill(q.answers[0]!);
			break;
		case 'numeric':
			await group.getByRole('textbox', { name: 'Your answer' }).fill(String(q.answer));
			break;
		case 'match':
			for (const pair of q.pairs)
				await group.getByLabel(pair.left, { exact: true }).selectOption({ label: pair.right });
			break;
		case 'evidence':
			await group
				.getByRole('group', { name: 'Part A: your answer' })
				.getByRole('radio', { name: q.options.find((o) => o.id === q.answer)!.text, exact: true })
				.check();
			await group
				.getByRole('group', { name: `Part B: ${q.evidencePrompt}` })
				.getByRole('radio', { name: q.passages.find((p) => p.id === q.evidence)!.text, exact: true })
				.check();
			break;
		case 'order': {
			// Move each item up into its place, with the buttons (no dragging).
			const ids = q.items.map((i) => i.id);
			for (let target = 0; target < ids.length; target++) {
				const now = await shownOrder(page, q);
				const item = q.items[target]!;
				for (let at = now.indexOf(item.id); at > target; at--) {
					await group.getByRole('button', { name: t.quiz.moveUp(item.text) }).click();
				}
			}
			expect(await shownOrder(page, q)).toEqual(ids);
			break;
		}
		case 'highlight':
			for (const id of q.answer) {
				await group
					.getByRole('button', { name: q.passage.find((p) => p.id === id)!.text, exact: true })
					.click();
			}
			break;
		default:
			throw new Error(`No answer for ${(q satisfies never as Question).kind} questions`);
	}
	return keyResponse(q);
}

async function shownOrder(page: Page, q: Question & { kind: 'order' }): Promise<string[]> {
	const texts = await page
		.getByRole('group', { name: q.prompt, exact: true })
		.locator('li .text')
		.allTextContents();
	return texts.map((text) => q.items.find((i) => i.text === text.trim())!.id);
}

interface LessonScore {
	earned: number;
	max: number;
	/** Points per question id. */
	points: Record<string, number>;
}

/** Every question on one page: a learner's own choice, which these tests make before answering. */
async function showAllQuestions(page: Page) {
	await page.getByRole('radio', { name: t.quiz.layout.scroll }).check();
}

/** Reads a code the way the class page does; fails the test if it cannot be read. */
function decoded(code: string): ResultsPayload {
	const r = decodeResultsCode(code);
	if (!r.ok) throw new Error(r.error.message);
	return r.value;
}

/** A learner opens the link in their own browser, works through it and returns their code. */
async function learner(browser: Browser, link: string, name: string, lessons: Lesson[], style: Style) {
	const context = await browser.newContext();
	const page = await context.newPage();
	noScripts(page);
	// The browser answers in moments; a learner reads first. The clock moves on before each submit,
	// as minutes of reading would, so the code's times are a learner's (the class page flags a first
	// attempt faster than a floor per question).
	await page.clock.install();
	await page.goto(link);
	await page.getByLabel('Your name').fill(name);
	await page.getByLabel('Your name').press('Enter');
	await expect(page.getByText(`Working as ${name}.`)).toBeVisible();

	const scores: LessonScore[] = [];
	for (const [i, lesson] of lessons.entries()) {
		await expect(page.getByRole('heading', { level: 2, name: lesson.title })).toBeVisible();
		await showAllQuestions(page);
		let earned = 0;
		let max = 0;
		let unanswered = 0;
		let untouched = 0;
		const points: Record<string, number> = {};
		for (const q of lesson.quiz.questions) {
			const r = await answer(page, q, style);
			const s = score(q, r);
			earned += s.earned;
			max += s.max;
			points[q.id] = s.earned;
			if (r === null) unanswered++;
			if (style === 'some-wrong' && q.kind === 'order') untouched++;
		}
		await page.clock.fastForward('05:00');
		await page.getByRole('button', { name: 'Submit answers' }).click();
		// Questions left unanswered: the quiz asks once before submitting (an order question left
		// as shown is counted among them, and scored as shown).
		if (unanswered) {
			await expect(page.getByRole('alert')).toContainText(t.review.unansweredCount(unanswered + untouched));
			await page.getByRole('button', { name: t.review.submitAnyway }).click();
		}
		await expect(page.getByText(`Finished: ${earned} of ${max} points.`)).toBeVisible();
		scores.push({ earned, max, points });
		if (i + 1 < lessons.length) await page.getByRole('button', { name: 'Next lesson' }).click();
	}
	await expect(page.getByText('This code is self-reported')).toBeVisible();
	const code = await page.getByRole('textbox', { name: 'Your results code' }).inputValue();
	if (style === 'right') await accessible(page);
	// Nothing is lost on a reload: the name and results are kept in this browser.
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Your results code' })).toHaveValue(code);
	expect(code).toMatch(/^R2\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
	// The code carries what the learner did: one attempt per lesson (a test), its score and each
	// question's points.
	const sent = decoded(code);
	expect(sent.name).toBe(name);
	for (const [i, l] of sent.lessons.entries()) {
		expect(l.attempts.map((a) => [a.number, a.earned, a.max])).toEqual([
			[1, scores[i]!.earned, scores[i]!.max]
		]);
		expect(Object.fromEntries(l.items.map((q) => [q.id, q.earned]))).toEqual(scores[i]!.points);
	}
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download as a file' }).click();
	const file = await download;
	const text = await readFile(await file.path(), 'utf8');
	expect(text).toContain(code);
	await context.close();
	return { code, file: { name: file.suggestedFilename(), text }, scores };
}

test('a teacher builds a link, two learners complete it, the teacher imports both and downloads the CSV', async ({
	page,
	browser
}) => {
	test.setTimeout(180_000);
	noScripts(page);
	const lessons = course.slice(0, 2);
	const hostileTitle = 'Week 3 <img src=x onerror=alert(1)>';

	// The teacher makes the assignment, by keyboard where it matters (once the form has hydrated).
	await page.goto('/teach/assign', { waitUntil: 'networkidle' });
	for (const l of course) {
		const box = page.getByRole('checkbox', { name: l.title });
		if (lessons.includes(l)) await expect(box).toBeChecked();
		else await box.uncheck();
	}
	await page.getByRole('radio', { name: /^Test/ }).check();
	await page.getByLabel('Pass mark (%)').fill('60');
	await page.getByLabel('Title (optional)').fill(hostileTitle);
	await page.getByLabel('Due date (optional)').fill('2026-12-01');
	await page.getByRole('button', { name: 'Make the link' }).press('Enter');
	const link = await page.getByRole('textbox', { name: 'Assignment link' }).inputValue();
	expect(link).toMatch(/\/assignment#v=1&l=/);
	await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
	expect(await page.locator('svg.qr rect').count()).toBeGreaterThan(50);
	await accessible(page);
	const id = /[#&]id=([0-9a-f]{8})$/.exec(link)![1];

	// Two learners in their own browsers: one gets everything right, one gets some wrong.
	const ana = await learner(browser, link, 'Ana Pérez', lessons, 'right');
	const ben = await learner(browser, link, '=Ben "B" Okafor', lessons, 'some-wrong');
	expect(ana.scores.map((s) => s.earned)).toEqual(ana.scores.map((s) => s.max));
	expect(ben.scores.reduce((n, s) => n + s.earned, 0)).toBeLessThan(
		ana.scores.reduce((n, s) => n + s.earned, 0)
	);

	// The teacher collects: Ana's code pasted in a chat message (twice), Ben's as a file, and a
	// code from another assignment.
	await page.getByRole('link', { name: 'Collect results for this assignment' }).click();
	await expect(page.getByText(`Checking codes against ${hostileTitle} (id ${id}).`)).toBeVisible();
	const stray = encodeResultsCode({
		assignment: '00000000',
		name: 'Cy',
		lessons: [
			finished({
				slug: lessons[0]!.slug,
				items: lessons[0]!.quiz.questions.map((q): [string, number, number] => [q.id, 0, maxPoints(q)]),
				passed: false,
				finishedAt: 1795000060
			})
		]
	});
	await page.getByLabel('Results codes').fill(`Ana: here you go ${ana.code} thanks!\n${ana.code}\n${stray}`);
	await page
		.getByLabel('Or choose files')
		.setInputFiles({ name: ben.file.name, mimeType: 'text/plain', buffer: Buffer.from(ben.file.text) });

	const m = t.teach.results;
	const table = page.getByRole('table', { name: m.table });
	await expect(table.getByRole('row')).toHaveCount(1 + 2 * lessons.length + 1);
	await expect(page.getByText('1 duplicate code')).toBeVisible();
	await expect(table.getByRole('row', { name: /Cy/ })).toContainText('Another assignment');
	await expect(table.getByRole('rowheader', { name: '=Ben "B" Okafor' }).first()).toBeVisible();
	// The learners' own codes pass every check against the site's lessons and the assignment.
	await expect(page.getByText(m.flaggedCount(1))).toHaveCount(0);
	await expect(table.getByText(m.leftOut)).toHaveCount(0);
	const columns = await table.getByRole('columnheader').allTextContents();
	expect(columns.slice(2, 6)).toEqual([m.attempts, m.firstAttempt, m.bestAttempt, m.firstTries]);
	for (const [i, l] of lessons.entries()) {
		const row = table.getByRole('row', { name: new RegExp(`Ana Pérez ${l.title}`) });
		const cells = await row.getByRole('cell').allTextContents();
		const { earned, max } = ana.scores[i]!;
		expect(cells.slice(1, 5)).toEqual([
			'1',
			m.scoreCell(earned, max, Math.round((earned / max) * 100)),
			m.bestCell(earned, max, Math.round((earned / max) * 100), 1, 1),
			m.firstTryCell(null, max)
		]);
	}
	// Ana got everything right and Ben did not: the most-missed question was missed by one of two,
	// and only missed questions are listed.
	await expect(page.getByRole('heading', { name: m.difficulty })).toBeVisible();
	const missedTable = page.getByRole('table', { name: m.difficulty });
	await expect(missedTable.getByRole('row').nth(1)).toContainText('1 of 2');
	const missedByBen = lessons.flatMap((l, i) =>
		l.quiz.questions.filter((q) => ben.scores[i]!.points[q.id]! < maxPoints(q))
	);
	await expect(missedTable.getByRole('row')).toHaveCount(1 + missedByBen.length);

	// Item analysis: one table per lesson, every question with its share right, a word on how well
	// it separates (two students are too few to tell) and, for choice questions, who picked what.
	await expect(page.getByRole('heading', { name: m.analysis })).toBeVisible();
	for (const [i, l] of lessons.entries()) {
		const analysis = page.getByRole('list', { name: m.lessonStudents(l.title, 2) });
		await expect(analysis.getByRole('heading')).toHaveText(
			l.quiz.questions.map((q, n) => `${n + 1}. ${q.prompt}`)
		);
		for (const [n, q] of l.quiz.questions.entries()) {
			const row = analysis
				.getByRole('listitem')
				.filter({ has: page.getByRole('heading', { name: `${n + 1}. ${q.prompt}`, exact: true }) });
			const right = [ana, ben].filter((x) => x.scores[i]!.points[q.id] === maxPoints(q)).length;
			await expect(row).toContainText(m.rightCell(right, 2, right * 50));
			await expect(row).toContainText(
				m.separation({ kind: 'few', students: 2, needed: MIN_STUDENTS }, 'unknown')
			);
			if (q.kind === 'single') {
				// Ana picked the key, Ben a wrong option: one each.
				const wrong = q.options.find((o) => o.id !== q.answer)!;
				const key = q.options.find((o) => o.id === q.answer)!;
				await expect(row).toContainText(m.choiceCell(key.text, 1));
				await expect(row).toContainText(m.choiceCell(wrong.text, 1));
			}
		}
	}
	// The bars only repeat the numbers: hidden from screen readers.
	await expect(page.locator('main svg.bar:not([aria-hidden="true"])')).toHaveCount(0);
	expect(await page.locator('main svg.bar').count()).toBeGreaterThan(10);

	await accessible(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	await accessible(page);
	await page.emulateMedia({ colorScheme: 'light' });

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download CSV' }).click();
	const csv = readCsv((await readFile(await (await download).path(), 'utf8')).replace(/^\ufeff/, ''));
	const [header = [], ...rows] = csv;
	const h = t.teach.csv;
	expect(header.slice(0, 6)).toEqual([h.student, h.lesson, h.attempts, h.first, h.best, h.max]);
	const col = (name: string) => header.indexOf(name);
	// One column per question of each lesson, points earned on the first attempt.
	const questionColumns = lessons.flatMap((l) =>
		l.quiz.questions.map((q, n) => ({ l, q, at: col(h.question(l.title, n + 1, q.id, maxPoints(q))) }))
	);
	for (const c of questionColumns) expect(c.at, c.q.id).toBeGreaterThan(col(h.flags));
	const find = (student: string, lesson: string) => rows.find((r) => r[0] === student && r[1] === lesson);
	for (const [i, l] of lessons.entries()) {
		const anaRow = find('Ana Pérez', l.title)!;
		// The name starts with =: the CSV defuses it so a spreadsheet shows it as text.
		const benRow = find(`'=Ben "B" Okafor`, l.title)!;
		for (const [who, row] of [
			[ana, anaRow],
			[ben, benRow]
		] as const) {
			expect(row.slice(2, 6)).toEqual([
				'1',
				String(who.scores[i]!.earned),
				String(who.scores[i]!.earned),
				String(who.scores[i]!.max)
			]);
			for (const c of questionColumns) {
				expect(row[c.at], `${c.l.slug}/${c.q.id}`).toBe(
					c.l === l ? String(who.scores[i]!.points[c.q.id]) : ''
				);
			}
		}
		expect(benRow[col(h.passed)]).toBe(ben.scores[i]!.earned / ben.scores[i]!.max >= 0.6 ? 'yes' : 'no');
	}
	expect(rows.find((r) => r[0] === 'Cy')?.[col(h.flags)]).toBe('other assignment');
	expect(rows).toHaveLength(2 * lessons.length + 1);
});

test('in practice mode a learner checks each answer, and the code keeps their first tries', async ({
	page
}) => {
	noScripts(page);
	const lesson = lessonAt(0);
	const params = new URLSearchParams({ v: '1', l: lesson.slug, m: 'practice', p: '50', s: '0' }).toString();
	await page.goto(`/assignment#${params}&id=${crc32(params)}`);
	await page.getByLabel('Your name').fill('Pat');
	await page.getByRole('button', { name: 'Start' }).click();
	await showAllQuestions(page);
	// One question is got wrong at the first check, then right: full marks, but not on the first try.
	const slip = lesson.quiz.questions.find((q) => q.kind === 'single')!;
	let max = 0;
	for (const q of lesson.quiz.questions) {
		const form = page
			.locator('form')
			.filter({ has: page.getByRole('group', { name: q.prompt, exact: true }) });
		if (q === slip && q.kind === 'single') {
			const wrong = q.options.find((o) => o.id !== q.answer)!;
			await form.getByRole('radio', { name: wrong.text, exact: true }).check();
			await form.getByRole('button', { name: t.quiz.check }).click();
			await expect(form.getByRole('button', { name: t.quiz.showAnswer })).toBeVisible();
		}
		await answer(page, q, 'right');
		max += maxPoints(q);
		await form.getByRole('button', { name: t.quiz.check }).click();
	}
	await expect(page.getByText(`Finished: ${max} of ${max} points.`)).toBeVisible();
	const code = await page.getByRole('textbox', { name: 'Your results code' }).inputValue();
	const [sent] = decoded(code).lessons;
	expect(sent!.attempts).toMatchObject([{ number: 1, earned: max, max, firstTry: max - 1 }]);
	expect(sent!.items.find((i) => i.id === slip.id)).toEqual({
		id: slip.id,
		earned: 1,
		max: 1,
		firstTry: 0,
		pick: slip.kind === 'single' ? slip.answer : null
	});

	// The teacher sees the first tries beside the first attempt.
	await page.goto('/teach/results');
	await page.getByLabel(t.teach.results.paste).fill(code);
	const row = page.getByRole('row', { name: new RegExp(`Pat ${lesson.title}`) });
	await expect(row.getByRole('cell').nth(4)).toHaveText(t.teach.results.firstTryCell(max - 1, max));
});

test('in a test with one attempt, a learner cannot raise a submitted score', async ({ page }) => {
	noScripts(page);
	const lesson = lessonAt(0);
	const settings = {
		lessons: [lesson.slug],
		mode: 'test' as const,
		passMark: 60,
		shuffle: false,
		...defaultsFor('test')
	};
	expect(settings.attempts).toBe(1);
	const fragment = assignmentFragment(settings);
	await page.goto(`/assignment#${fragment}`);
	await page.getByLabel('Your name').fill('Tess');
	await page.getByRole('button', { name: 'Start' }).click();
	await showAllQuestions(page);
	const first = lesson.quiz.questions.find((q) => q.kind === 'single' || q.kind === 'true-false')!;
	const response = await answer(page, first, 'some-wrong');
	// An order question left alone is answered as shown (docs/authoring.md): it scores its shown order.
	let earned = score(first, response).earned;
	for (const q of lesson.quiz.questions) {
		if (q.kind !== 'order') continue;
		const shown = await page
			.getByRole('group', { name: q.prompt, exact: true })
			.locator('li .text')
			.allTextContents();
		const order = shown.map((text) => q.items.find((i) => i.text === text.trim())!.id);
		earned += score(q, { kind: 'order', order }).earned;
	}
	const max = lesson.quiz.questions.reduce((n, q) => n + maxPoints(q), 0);
	await page.getByRole('button', { name: t.quiz.submit }).click();
	await page.getByRole('button', { name: t.review.submitAnyway }).click();
	await expect(page.getByText(`Finished: ${earned} of ${max} points.`)).toBeVisible();
	const codeBox = page.getByRole('textbox', { name: 'Your results code' });
	const code = await codeBox.inputValue();

	// No way to a second attempt, and the answers are locked.
	await expect(page.getByText(t.review.attemptsLeft(0))).toBeVisible();
	for (const name of [t.review.newAttempt, t.review.startOver, t.review.retryMissed, t.quiz.submit]) {
		await expect(page.getByRole('button', { name })).toHaveCount(0);
	}
	await expect(
		page.getByRole('group', { name: first.prompt, exact: true }).getByRole('radio').first()
	).toBeDisabled();

	// Clearing the quizzes' saved progress starts the quiz afresh, but a better second "attempt 1"
	// changes nothing the teacher gets: the code still carries the first submission, and only it.
	await page.evaluate((key) => localStorage.removeItem(key), PROGRESS_KEY);
	await page.reload();
	await showAllQuestions(page);
	for (const q of lesson.quiz.questions) await answer(page, q, 'right');
	await page.getByRole('button', { name: t.quiz.submit }).click();
	const questions = lesson.quiz.questions.length;
	await expect(page.getByText(t.review.scoreLine(questions, questions, max, max, 100))).toBeVisible();
	await expect(page.getByText(`Finished: ${earned} of ${max} points.`)).toBeVisible();
	await expect(codeBox).toHaveValue(code);
	const [sent] = decoded(code).lessons;
	expect(sent!.attempts.map((a) => [a.number, a.earned, a.max])).toEqual([[1, earned, max]]);
});

test.describe('hostile links and codes', () => {
	// Signs like the site does: the check number covers the parameters in their canonical encoding.
	const sign = (params: string) => {
		const canonical = new URLSearchParams(params).toString();
		return `${canonical}&id=${crc32(canonical)}`;
	};

	for (const [what, hash, expected] of [
		['no settings at all', '', 'has no assignment in it'],
		[
			'a truncated link',
			sign(`v=1&l=${lessonAt(0).slug}&m=test&p=70&s=1&t=Week`).slice(0, -4),
			'incomplete or has been changed'
		],
		[
			'a one-character typo',
			sign(`v=1&l=${lessonAt(0).slug}&m=test&p=70&s=1`).replace('p=70', 'p=79'),
			'incomplete or has been changed'
		],
		['markup for a lesson', sign('v=1&l=<script>alert(1)</script>&m=test&p=70&s=1'), 'lesson list'],
		['a javascript: URL', 'javascript:alert(1)', 'has no assignment in it'],
		['a lesson this site lacks', sign('v=1&l=no-such-lesson&m=test&p=70&s=1'), 'no-such-lesson'],
		['a huge link', 'v=1&l=' + 'a'.repeat(10000), 'far longer'],
		['a newer version', sign('v=7&l=x&m=test&p=70&s=1'), 'newer version'],
		[
			'a pass mark that is not a number',
			sign(`v=1&l=${lessonAt(0).slug}&m=test&p=abc&s=1`),
			'pass mark is not a whole number from 0 to 100'
		],
		[
			'a title of zero-width spaces',
			sign(`v=1&l=${lessonAt(0).slug}&m=test&p=70&s=1&t=%E2%80%8B%E2%80%8B`),
			'title has no visible characters'
		],
		[
			'a due date in the year 0000',
			sign(`v=1&l=${lessonAt(0).slug}&m=test&p=70&s=1&d=0000-01-01`),
			'due date is not a real date from 2020 to 2100'
		]
	] as const) {
		test(`/assignment explains ${what}`, async ({ page }) => {
			noScripts(page);
			await page.goto(`/assignment#${hash}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('This assignment link does not work');
			await expect(page.getByRole('alert')).toContainText(expected);
			// Words for a learner, never a schema library's own.
			await expect(page.getByRole('alert')).not.toContainText(/Invalid|Expected|received|NaN/);
			await expect(page.locator('main script, main img')).toHaveCount(0);
		});
	}

	test('/teach/assign refuses a title with nothing visible and a due date outside 2020 to 2100', async ({
		page
	}) => {
		// Typing waits for Kit's client to have hydrated the form (network idle): text filled in before
		// that is replaced by the form's own state when it hydrates.
		await page.goto('/teach/assign', { waitUntil: 'networkidle' });
		await page.getByLabel('Title (optional)').fill('\u200b\u200b');
		await page.getByLabel('Due date (optional)').fill('0001-01-01');
		await page.getByRole('button', { name: 'Make the link' }).click();
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(t.teach.assign.badTitle('invisible'));
		await expect(alert).toContainText(t.teach.assign.badDue);
		await expect(page.getByRole('textbox', { name: 'Assignment link' })).toHaveCount(0);
		// A title pasted with a tab is tidied, not refused.
		await page.getByLabel('Title (optional)').fill('Week\t3');
		await page.getByLabel('Due date (optional)').fill('2026-12-01');
		await page.getByRole('button', { name: 'Make the link' }).click();
		await expect(page.getByRole('textbox', { name: 'Assignment link' })).toHaveValue(/&t=Week\+3&/);
	});

	test('a hostile title in a valid link shows as plain text', async ({ page }) => {
		noScripts(page);
		const title = '<img src=x onerror=alert(1)><script>alert(2)</script>';
		const params = new URLSearchParams({
			v: '1',
			l: lessonAt(0).slug,
			m: 'practice',
			p: '70',
			s: '0',
			t: title
		});
		await page.goto(`/assignment#${sign(params.toString())}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(page.locator('main img, main script')).toHaveCount(0);
	});

	test('/teach/results explains bad codes and renders nothing from them', async ({ page }) => {
		noScripts(page);
		await page.goto('/teach/results');
		const good = encodeResultsCode({
			assignment: '0a1b2c3d',
			name: '<b>Mallory</b>',
			lessons: [finished({ slug: lessonAt(0).slug, items: [['q', 1, 2]], finishedAt: 1795000060 })]
		});
		const typo = good.slice(0, 10) + (good[10] === 'A' ? 'B' : 'A') + good.slice(11);
		await page
			.getByLabel('Results codes')
			.fill(['<script>alert(1)</script>', good.slice(0, -5), typo, good].join('\n'));
		await expect(page.getByText('could not be read')).toBeVisible();
		await expect(page.getByText('This code is incomplete')).toBeVisible();
		await expect(page.getByText('a character is wrong, missing or extra')).toBeVisible();
		await expect(page.getByRole('rowheader', { name: '<b>Mallory</b>' })).toBeVisible();
		await expect(page.locator('main b, main script')).toHaveCount(0);
	});
});
