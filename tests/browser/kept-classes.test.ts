// Classes that stay: /teach/results keeps a named class in the browser's IndexedDB. Codes pasted
// go into it, each once; it is there after a reload and after the browser is closed and started
// again (a persistent profile); it moves to another browser as a class file (export, then import).
import { chromium, expect, test, type Page } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lessonAt } from './course';
import * as t from '../../src/lib/i18n/en';
import { encodeResultsCode } from '../../src/lib/teach/results-code';
import { finished } from '../../src/lib/teach/testing';
import { maxPoints } from '../../src/lib/quiz/score';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const m = t.teach.results;
const c = m.classes;
const lesson = lessonAt(0);
const code = (name: string, right = 3) =>
	encodeResultsCode({
		assignment: '0a1b2c3d',
		name,
		lessons: [
			finished({
				slug: lesson.slug,
				items: lesson.quiz.questions.map((q, i): [string, number, number] => [
					q.id,
					i < right ? maxPoints(q) : 0,
					maxPoints(q)
				])
			})
		]
	});

async function paste(page: Page, text: string) {
	await page.getByLabel(m.paste).evaluate((box: HTMLTextAreaElement, value) => {
		box.value = value;
		box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
	}, text);
}

async function newClass(page: Page, name: string) {
	await page.getByLabel(c.newName).fill(name);
	await page.getByRole('button', { name: c.create }).click();
	await expect(page.getByText(c.open(name, 0))).toBeVisible();
}

const rowNames = (page: Page) =>
	page.getByRole('table', { name: m.table }).getByRole('rowheader').allTextContents();

test('a class keeps its codes, each once, across a reload and a restart of the browser', async ({
	baseURL
}) => {
	const profile = await mkdtemp(join(tmpdir(), 'kept-class-'));
	const launch = () =>
		chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: chromiumArgs, baseURL });
	try {
		let context = await launch();
		let page = await context.newPage();
		await page.goto('/teach/results', { waitUntil: 'networkidle' });
		await newClass(page, 'Period 2');
		await paste(page, `Ana's: ${code('Ana')}\nBen: ${code('Ben')}`);
		await expect(page.getByText(c.added(2, 0))).toBeVisible();
		await expect(page.getByText(c.open('Period 2', 2))).toBeVisible();
		// The codes moved into the class: the box is empty, the table has both.
		await expect(page.getByLabel(m.paste)).toHaveValue('');
		expect(await rowNames(page)).toEqual(['Ana', 'Ben']);
		// The same code again (a student who sent it twice), and a new one: only the new one is added.
		await paste(page, `${code('Ben')} ${code('Cai', 5)}`);
		await expect(page.getByText(c.added(1, 1))).toBeVisible();
		await expect(page.getByText(c.open('Period 2', 3))).toBeVisible();
		// A code that does not read stays in the box, reported, not kept.
		await paste(page, 'R2.broken.123');
		await expect(page.getByLabel(m.paste)).toHaveValue('R2.broken.123');
		await expect(page.getByText(c.open('Period 2', 3))).toBeVisible();

		await page.reload({ waitUntil: 'networkidle' });
		await expect(page.getByText(c.open('Period 2', 3))).toBeVisible();
		await expect(page.getByText(m.count(3, 3))).toBeVisible();
		expect(await rowNames(page)).toEqual(['Ana', 'Ben', 'Cai']);

		// The browser closed and started again, on the same profile.
		await context.close();
		context = await launch();
		page = await context.newPage();
		await page.goto('/teach/results', { waitUntil: 'networkidle' });
		await expect(page.getByText(c.open('Period 2', 3))).toBeVisible();
		expect(await rowNames(page)).toEqual(['Ana', 'Ben', 'Cai']);
		await expect(page.getByLabel(c.choose, { exact: true })).toHaveValue(/.+/);

		// A second class is separate; switching back shows the first one's codes.
		await newClass(page, 'Period 3');
		await expect(page.getByText(m.empty)).toBeVisible();
		await page.getByLabel(c.choose, { exact: true }).selectOption({ label: c.option('Period 2', 3) });
		expect(await rowNames(page)).toEqual(['Ana', 'Ben', 'Cai']);
		await page.getByLabel(c.choose, { exact: true }).selectOption({ label: c.none });
		await expect(page.getByText(m.empty)).toBeVisible();
		await context.close();
	} finally {
		await rm(profile, { recursive: true, force: true });
	}
});

test('a class moves to another browser as a class file: exported, imported, merged once', async ({
	page,
	browser
}) => {
	await page.goto('/teach/results', { waitUntil: 'networkidle' });
	await newClass(page, 'Año 3 — Historia');
	await paste(page, [code('Ana'), code('Ben')].join('\n'));
	await expect(page.getByText(c.open('Año 3 — Historia', 2))).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: c.export }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('class-ano-3-historia.json');
	const path = await file.path();
	const json = JSON.parse(await readFile(path, 'utf8'));
	expect(json.class.codes).toEqual([code('Ana'), code('Ben')]);

	// Another computer: a fresh browser context with nothing kept.
	const other = await browser.newContext();
	const there = await other.newPage();
	await there.goto('/teach/results', { waitUntil: 'networkidle' });
	await there.getByLabel(c.import).setInputFiles(path);
	await expect(there.getByText(c.imported('Año 3 — Historia', 2))).toBeVisible();
	expect(await rowNames(there)).toEqual(['Ana', 'Ben']);
	// Kept there too.
	await there.reload({ waitUntil: 'networkidle' });
	await expect(there.getByText(c.open('Año 3 — Historia', 2))).toBeVisible();
	// The same file again adds nothing; a file that is not a class is refused with the reason.
	await there.getByLabel(c.import).setInputFiles(path);
	await expect(there.getByText(c.imported('Año 3 — Historia', 0))).toBeVisible();
	await there.getByLabel(c.import).setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"hello": 1}')
	});
	await expect(there.getByText(c.fileError['not-a-class'])).toBeVisible();
	expect(await rowNames(there)).toEqual(['Ana', 'Ben']);
	await other.close();

	// Forgetting a class takes a second, explicit step.
	await page.getByRole('button', { name: c.forget }).click();
	await page.getByRole('button', { name: c.confirmForget('Año 3 — Historia') }).click();
	await expect(page.getByText(c.forgotten('Año 3 — Historia'))).toBeVisible();
	await page.reload({ waitUntil: 'networkidle' });
	await expect(page.getByLabel(c.choose, { exact: true })).toHaveCount(0);
});
