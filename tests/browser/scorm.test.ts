// A lesson's SCORM 1.2 package in an LMS: scripts/package-scorm.mjs builds the zip (one lesson, to
// keep the cost down), which is unzipped and served under a page where scorm-again's Scorm12API
// plays the LMS (window.API), as an LMS launches content in a frame. The LMS page takes its
// starting data model from its URL's fragment, as an LMS loads what it kept for a learner.
//
// A learner answers three questions and leaves; the LMS keeps the state. The SCO is launched again
// in a fresh browser context (another computer: nothing in the browser) with entry "resume" and the
// suspend_data the LMS kept, finds the three answers, and completes: the LMS records the score as a
// percentage and passed/failed by the manifest's mastery score. Then: a plain quiz with no LMS, and
// an LMS whose API throws, refuses and answers junk.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import type { Question } from '../../src/lib/quiz/kinds';
import { lessonAt } from './course';
import { answerAndSubmit } from './quiz-answers';

const lesson = lessonAt(0);
let work = '';
// One worker runs this file's tests in order, so the package is built once.
test.describe.configure({ mode: 'default' });
let server: Server;
let origin = '';
let manifest = '';

const lmsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="/scorm-again/scorm12.js"></script>
<script>
  // What the LMS refused or complained about (scorm-again logs a refused LMSSetValue as a warning).
  window.complaints = [];
  window.API = new Scorm12API({
    autocommit: false,
    logLevel: 3,
    onLogMessage: (level, message) => complaints.push(level + ' ' + message)
  });
  // The data model the LMS kept for this learner, in the URL's fragment.
  if (location.hash.length > 1) API.loadFromFlattenedJSON(JSON.parse(decodeURIComponent(location.hash.slice(1))));
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

// An LMS whose API is there but broken: it starts, then reads junk, throws on every write, refuses
// to commit and answers finishing with nonsense.
const brokenLmsPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Broken LMS</title>
<script>
  window.API = {
    LMSInitialize: () => 'true',
    LMSGetValue: () => ({ not: 'a string' }),
    LMSSetValue: () => { throw new Error('LMS database unavailable'); },
    LMSCommit: () => 'false',
    LMSFinish: () => 42,
    LMSGetLastError: () => '101'
  };
</script>
</head><body>
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
	manifest = strFromU8(files['imsmanifest.xml']!);
	const scormAgain = join(process.cwd(), 'node_modules/scorm-again/dist');
	server = createServer((req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		let file: string | undefined;
		const pages: Record<string, string> = { '/lms.html': lmsPage, '/broken-lms.html': brokenLmsPage };
		if (pages[path]) {
			res.setHeader('content-type', 'text/html; charset=utf-8');
			res.end(pages[path]);
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
	API: { isInitialized(): boolean; isTerminated(): boolean; cmi: Record<string, unknown> };
	calls: string[];
	complaints: string[];
}
/** Runs `read` on the LMS page's window. */
const lmsState = <T>(page: Page, read: (lms: Lms) => T) => page.evaluate(`(${read})(window)`) as Promise<T>;

/**
 * Reads the LMS's own data model as it would store it (its JSON export: write-only elements such as
 * cmi.core.exit included; once the SCO has finished, LMSGetValue is closed to it anyway).
 */
const cmi = (page: Page, element: string) =>
	page.evaluate((el) => {
		const stored = JSON.parse(JSON.stringify((window as unknown as Lms).API.cmi)) as unknown;
		return el
			.split('.')
			.slice(1)
			.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], stored);
	}, element);

/** Opens the LMS page with the data model it kept for the learner, and waits for the lesson. */
async function launch(page: Page, kept: Record<string, string>, lms = '/lms.html') {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${origin}${lms}#${encodeURIComponent(JSON.stringify(kept))}`);
	const sco = page.frameLocator('#sco');
	await expect(sco.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
	return { sco, errors };
}

/** The learner's choice of all questions on one page (the player starts one at a time). */
const onePage = (sco: FrameLocator | Page) =>
	sco.getByRole('radio', { name: 'All questions on one page' }).check();

/** Three questions a learner can answer right by clicking one radio. */
const three = lesson.quiz.questions.filter((q) => q.kind === 'single' || q.kind === 'true-false').slice(0, 3);
function rightRadio(sco: FrameLocator | Page, q: Question) {
	const group = sco.getByRole('group', { name: q.prompt, exact: true });
	if (q.kind === 'single') {
		return group.getByRole('radio', { name: q.options.find((o) => o.id === q.answer)!.text, exact: true });
	}
	if (q.kind === 'true-false')
		return group.getByRole('radio', { name: q.answer ? 'True' : 'False', exact: true });
	throw new Error(`not a one-click question: ${q.id}`);
}

test('the zip holds a SCORM 1.2 manifest naming the quiz page as a SCO, with the pass mark as mastery score', () => {
	const files = unzipSync(readFileSync(join(work, 'zips', `${lesson.slug}.zip`)));
	expect(Object.keys(files)).toEqual(expect.arrayContaining(['imsmanifest.xml', 'index.html']));
	expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
	expect(manifest).toMatch(/adlcp:scormtype="sco" href="index.html"/);
	expect(manifest).toContain(`<adlcp:masteryscore>${lesson.quiz.passMark}</adlcp:masteryscore>`);
	// Every file the page needs is listed.
	for (const name of Object.keys(files).filter((f) => f !== 'imsmanifest.xml')) {
		expect(manifest).toContain(`<file href="${name}"/>`);
	}
});

test('a learner leaves mid-quiz, resumes on another computer and completes; the LMS records a percentage and pass/fail by the mastery score', async ({
	browser
}) => {
	const mastery = Number(/<adlcp:masteryscore>([\d.]+)</.exec(manifest)![1]);
	// What the LMS gives every launch of this SCO for this learner (mastery_score from the manifest).
	const learner = {
		'cmi.core.student_id': 'student-17',
		'cmi.core.student_name': 'Rivera, Ana',
		'cmi.student_data.mastery_score': String(mastery)
	};

	// First launch, first computer: three answers, then the learner closes the lesson.
	const first = await browser.newContext();
	const page = await first.newPage();
	let { sco, errors } = await launch(page, { ...learner, 'cmi.core.entry': 'ab-initio' });
	await expect.poll(() => lmsState(page, (w) => w.API.isInitialized())).toBe(true);
	expect(await cmi(page, 'cmi.core.lesson_status')).toBe('incomplete');
	await onePage(sco);
	for (const q of three) await rightRadio(sco, q).check();
	await expect(sco.getByText(`3 of ${lesson.quiz.questions.length} answered`)).toBeVisible();
	// Nothing of the learner's is kept in this browser.
	expect(await page.frames()[1]!.evaluate(() => localStorage.length)).toBe(0);
	// The LMS closes the lesson's frame (the learner left the activity): the page is hidden.
	await page.evaluate(() => document.getElementById('sco')!.remove());
	await expect.poll(() => lmsState(page, (w) => w.API.isTerminated())).toBe(true);
	expect(await cmi(page, 'cmi.core.exit')).toBe('suspend');
	expect(await cmi(page, 'cmi.core.lesson_status')).toBe('incomplete');
	expect(await cmi(page, 'cmi.core.score.raw')).toBe('');
	const saved = (await cmi(page, 'cmi.suspend_data')) as string;
	expect(saved.length).toBeGreaterThan(0);
	expect(saved.length).toBeLessThanOrEqual(4096);
	expect(await lmsState(page, (w) => w.complaints)).toEqual([]);
	expect(errors).toEqual([]);
	await first.close();

	// Second launch, another computer (a fresh context: no storage), resumed with what the LMS kept.
	const second = await browser.newContext();
	const again = await second.newPage();
	({ sco, errors } = await launch(again, {
		...learner,
		'cmi.core.entry': 'resume',
		'cmi.core.lesson_status': 'incomplete',
		'cmi.suspend_data': saved
	}));
	await onePage(sco);
	for (const q of three) await expect(rightRadio(sco, q)).toBeChecked();
	await expect(sco.getByText(`3 of ${lesson.quiz.questions.length} answered`)).toBeVisible();

	const expected = await answerAndSubmit(sco, lesson.quiz, mastery);
	const percent = Math.round((expected.earned / expected.max) * 100);
	await expect(sco.getByText(`${expected.earned} of ${expected.max} points (${percent}%)`)).toBeVisible();
	await expect(sco.getByText('Your result has been sent to your course.')).toBeVisible();

	await expect.poll(() => lmsState(again, (w) => w.API.isTerminated())).toBe(true);
	const raw = (await cmi(again, 'cmi.core.score.raw')) as string;
	expect(raw).toBe(String(Math.floor((expected.earned * 10000) / expected.max) / 100));
	expect(await cmi(again, 'cmi.core.score.min')).toBe('0');
	expect(await cmi(again, 'cmi.core.score.max')).toBe('100');
	const status = await cmi(again, 'cmi.core.lesson_status');
	expect(status).toBe(expected.passed ? 'passed' : 'failed');
	expect(Number(raw) >= mastery).toBe(status === 'passed');
	expect(await cmi(again, 'cmi.core.exit')).toBe('');
	// The points, question by question.
	const interactions = Object.values(
		(await cmi(again, 'cmi.interactions')) as Record<string, { id: string; weighting: string }>
	);
	expect(interactions.map((i) => i.id).sort()).toEqual(lesson.quiz.questions.map((q) => q.id).sort());
	const calls = await lmsState(again, (w) => w.calls);
	expect(calls.find((c) => c.startsWith('cmi.core.session_time='))).toMatch(/=\d{2,4}:\d\d:\d\d$/);
	expect(calls.slice(-2)).toEqual(['LMSCommit', 'LMSFinish']);
	expect(await lmsState(again, (w) => w.complaints)).toEqual([]);
	expect(errors).toEqual([]);
	await second.close();
});

test('without an LMS the package is a plain quiz that keeps its answers in this browser', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${origin}/sco/index.html`);
	await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
	await onePage(page);
	const expected = await answerAndSubmit(page, lesson.quiz);
	await expect(
		page.getByText(`${expected.earned} of ${expected.max} points`, { exact: false })
	).toBeVisible();
	await expect(page.getByText('Your result has been sent to your course.')).toHaveCount(0);
	await expect(page.getByText('could not be sent')).toHaveCount(0);
	expect(await page.evaluate(() => localStorage.getItem('news-lessons:progress'))).toContain(
		`scorm:${lesson.slug}`
	);
	expect(errors).toEqual([]);
});

test('an LMS whose API throws, refuses and answers junk does not stop the learner, who is told the result was not sent', async ({
	page
}) => {
	const { sco, errors } = await launch(page, {}, '/broken-lms.html');
	await expect(sco.getByText('Your course is not keeping your answers at the moment')).toHaveCount(0);
	await onePage(sco);
	await rightRadio(sco, three[0]!).check();
	// The LMS threw on saving the answer: the learner is told, and carries on.
	await expect(
		sco.getByText('Your course is not keeping your answers at the moment', { exact: false })
	).toBeVisible();
	const expected = await answerAndSubmit(sco, lesson.quiz);
	await expect(sco.getByText(`${expected.earned} of ${expected.max} points`, { exact: false })).toBeVisible();
	await expect(
		sco.getByText('Your result could not be sent to your course.', { exact: false })
	).toBeVisible();
	await expect(sco.getByText('Your result has been sent to your course.')).toHaveCount(0);
	expect(errors).toEqual([]);
});
