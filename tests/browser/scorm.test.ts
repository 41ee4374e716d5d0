// A lesson's SCORM 1.2 package in an LMS: scripts/package-scorm.mjs builds the zip, which is
// unzipped and served under a page where scorm-again's Scorm12API plays the LMS (window.API), as an
// LMS launches content in a frame. The learner completes the quiz; the LMS must hold the score and
// pass/fail. Then the same package opened with no LMS still works as a plain quiz.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { lessonAt } from './course';
import { answerAndSubmit } from './quiz-answers';

const lesson = lessonAt(0);
let work = '';
// One worker runs this file's tests in order, so the package is built once.
test.describe.configure({ mode: 'default' });
let server: Server;
let origin = '';

const lmsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="/scorm-again/scorm12.js"></script>
<script>
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  // What the SCO called, in order, as the LMS saw it.
  window.calls = [];
  API.on('LMSSetValue.cmi.*', (element, value) => calls.push(element + '=' + value));
  API.on('LMSCommit', () => calls.push('LMSCommit'));
  API.on('LMSFinish', () => calls.push('LMSFinish'));
</script>
</head><body>
<h1>Course player</h1>
<iframe id="sco" src="/sco/index.html" title="Lesson" style="width:100%;height:2000px;border:0"></iframe>
</body></html>`;

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.xml': 'application/xml'
};

test.beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'scorm-test-'));
	execFileSync(
		process.execPath,
		['scripts/package-scorm.mjs', '--out', join(work, 'zips'), '--only', lesson.slug],
		{ stdio: 'pipe' }
	);
	// Unpacked as an LMS does on import.
	const files = unzipSync(readFileSync(join(work, 'zips', `${lesson.slug}.zip`)));
	for (const [name, data] of Object.entries(files)) {
		const target = join(work, 'sco', name);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, data);
	}
	const scormAgain = join(process.cwd(), 'node_modules/scorm-again/dist');
	server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		let file: string | undefined;
		if (path === '/lms.html') {
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.end(lmsPage);
			return;
		}
		if (path.startsWith('/sco/')) file = join(work, path);
		if (path === '/scorm-again/scorm12.js') file = join(scormAgain, 'scorm12.js');
		try {
			const body = readFileSync(file!);
			res.setHeader('content-type', types[extname(file!)] ?? 'application/octet-stream');
			res.end(body);
		} catch {
			res.statusCode = 404;
			res.end('not found');
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
	await new Promise<void>((resolve) => server?.close(() => resolve()));
	rmSync(work, { recursive: true, force: true });
});

/** What the LMS page (scorm-again plus a call log) exposes to the test. */
interface Lms {
	API: { isInitialized(): boolean; isTerminated(): boolean; lastErrorCode: string };
	calls: string[];
}

test('the zip holds a SCORM 1.2 manifest naming the quiz page as a SCO', () => {
	const files = unzipSync(readFileSync(join(work, 'zips', `${lesson.slug}.zip`)));
	expect(Object.keys(files)).toEqual(expect.arrayContaining(['imsmanifest.xml', 'index.html']));
	const manifest = strFromU8(files['imsmanifest.xml']!);
	expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
	expect(manifest).toMatch(/adlcp:scormtype="sco" href="index.html"/);
	// Every file the page needs is listed.
	for (const name of Object.keys(files).filter((f) => f !== 'imsmanifest.xml')) {
		expect(manifest).toContain(`<file href="${name}"/>`);
	}
});

const lms = (page: Page, element: string) =>
	page.evaluate((el) => {
		const api = (window as unknown as { API: { cmi: Record<string, unknown> } }).API;
		// Read the LMS's own data model (the SCO has finished, so LMSGetValue is closed to it).
		return el
			.split('.')
			.slice(1)
			.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], api.cmi);
	}, element);

test('in an LMS, completing the quiz records the score and pass/fail in the gradebook', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${origin}/lms.html`);
	const sco = page.frameLocator('#sco');
	await expect(sco.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
	await expect(sco.getByRole('button', { name: 'Submit answers' })).toBeVisible();
	// Launched: the package found the API and initialized.
	await expect.poll(() => page.evaluate(() => (window as unknown as Lms).API.isInitialized())).toBe(true);
	expect(await lms(page, 'cmi.core.lesson_status')).toBe('incomplete');

	const expected = await answerAndSubmit(sco, lesson.quiz);
	await expect(sco.getByText(`You scored ${expected.earned} out of ${expected.max}`)).toBeVisible();
	await expect(sco.getByText('Your result has been sent to your course.')).toBeVisible();

	await expect.poll(() => page.evaluate(() => (window as unknown as Lms).API.isTerminated())).toBe(true);
	expect(await lms(page, 'cmi.core.score.raw')).toBe(String(expected.earned));
	expect(await lms(page, 'cmi.core.score.min')).toBe('0');
	expect(await lms(page, 'cmi.core.score.max')).toBe(String(expected.max));
	expect(await lms(page, 'cmi.core.lesson_status')).toBe(expected.passed ? 'passed' : 'failed');
	const calls: string[] = await page.evaluate(() => (window as unknown as Lms).calls);
	expect(calls.find((c) => c.startsWith('cmi.core.session_time='))).toMatch(/=\d{2,4}:\d\d:\d\d$/);
	expect(calls.slice(-2)).toEqual(['LMSCommit', 'LMSFinish']);
	expect(await page.evaluate(() => (window as unknown as Lms).API.lastErrorCode)).toBe('0');
	expect(errors).toEqual([]);
});

test('without an LMS the package is a plain quiz', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${origin}/sco/index.html`);
	await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
	const expected = await answerAndSubmit(page, lesson.quiz);
	await expect(page.getByText(`You scored ${expected.earned} out of ${expected.max}`)).toBeVisible();
	await expect(page.getByText('Your result has been sent to your course.')).toHaveCount(0);
	expect(errors).toEqual([]);
});
