// /teach/results with what teachers really paste: a name that would split into cells, a whole
// class of codes, and far more text than any class (a 10 MB paste). The times are measured and
// reported (console and annotations) for the README and reviews; the tests assert only what was
// read and shown, never how fast, since this machine is shared.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { infoOf, lessonAt } from './course';
import { readCsv } from '../csv';
import * as t from '../../src/lib/i18n/en';
import { MAX_TEXT, readablePart } from '../../src/lib/teach/paste';
import { deflateSync } from 'fflate';
import { assignmentId, resultsUrl, type Assignment } from '../../src/lib/teach/assignment';
import { crc32 } from '../../src/lib/teach/checksum';
import { isChoiceKind, pickOf } from '../../src/lib/teach/picks';
import { encodeResultsCode, type LessonResult, type Pick } from '../../src/lib/teach/results-code';
import type { Question } from '../../src/lib/quiz/kinds';
import { finished, withPicks } from '../../src/lib/teach/testing';
import { keyResponse, maxPoints } from '../../src/lib/quiz/score';

const m = t.teach.results;
const lesson = lessonAt(0);
const lessonMax = lesson.quiz.questions.reduce((n, q) => n + maxPoints(q), 0);

/**
 * A possible result for the first lesson: the first `right` questions right (with the picks that
 * earn them), the rest unanswered.
 */
const result = (slug = lesson.slug, right = 3): LessonResult =>
	withPicks(
		finished({
			slug,
			items: lesson.quiz.questions.map((q, i): [string, number, number] => [
				q.id,
				i < right ? maxPoints(q) : 0,
				maxPoints(q)
			])
		}),
		infoOf(lesson)
	);
const codeFor = (name: string, lessons = [result()]) =>
	encodeResultsCode({ assignment: '0a1b2c3d', name, lessons });

/** Reports a measured time without asserting it. */
function report(what: string, ms: number) {
	const line = `${what}: ${Math.round(ms)} ms`;
	console.log(line);
	test.info().annotations.push({ type: 'timing', description: line });
}

async function accessible(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)
	).toEqual([]);
}

/**
 * Types `text` into the codes box, timing each keystroke from its key event to the next frame, and
 * noting the page's own long tasks (main-thread work over 50 ms) meanwhile.
 */
async function typeTimed(page: Page, text: string) {
	await page.getByLabel(m.paste).evaluate((el: HTMLTextAreaElement) => {
		el.focus();
		const times: number[] = [];
		const long: number[] = [];
		const handlers: number[] = [];
		Object.assign(window, { keystrokes: times, longTasks: long, handlers });
		const observer = new PerformanceObserver((list) =>
			list.getEntries().forEach((e) => long.push(e.duration))
		);
		observer.observe({ type: 'longtask' });
		// The browser's own timing of slow key and input events (16 ms or more end to end): of that,
		// how long the page's handlers ran.
		const events = new PerformanceObserver((list) =>
			list.getEntries().forEach((e) => {
				const event = e as PerformanceEventTiming;
				handlers.push(event.processingEnd - event.processingStart);
			})
		);
		events.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
		const timed = (e: KeyboardEvent) =>
			requestAnimationFrame(() => setTimeout(() => times.push(performance.now() - e.timeStamp)));
		el.addEventListener('keydown', timed);
		Object.assign(window, {
			stopTiming: () => {
				observer.disconnect();
				events.disconnect();
				el.removeEventListener('keydown', timed);
			}
		});
	});
	await page.keyboard.type(text);
	return page.evaluate(async () => {
		// The last keystroke's frame.
		await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)));
		const w = window as unknown as {
			keystrokes: number[];
			longTasks: number[];
			handlers: number[];
			stopTiming: () => void;
		};
		w.stopTiming();
		return { times: w.keystrokes, long: w.longTasks, handlers: w.handlers };
	});
}

function reportTyping(
	what: string,
	{ times, long, handlers }: { times: number[]; long: number[]; handlers: number[] }
) {
	const sorted = [...times].sort((a, b) => a - b);
	report(`${what}: median keystroke to next frame`, sorted[Math.floor(sorted.length / 2)] ?? 0);
	report(`${what}: 95th percentile`, sorted[Math.floor(sorted.length * 0.95)] ?? 0);
	report(`${what}: slowest`, sorted.at(-1) ?? 0);
	report(`${what}: the page's long tasks (${long.length}), the longest`, Math.max(0, ...long));
	report(`${what}: the page's event handlers, the slowest`, Math.max(0, ...handlers));
}

/** Puts text in the codes box as a paste does: one input event, the whole text at once. */
async function paste(page: Page, text: string) {
	await page.getByLabel(m.paste).evaluate((box: HTMLTextAreaElement, value) => {
		box.value = value;
		box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
	}, text);
}

test('a name with semicolons stays one cell of text, whichever separator the spreadsheet uses', async ({
	page
}) => {
	// Typing waits for Kit's client to have hydrated the page (network idle): with two workers on a
	// busy machine, hydration can come after a fill that follows the load event at once.
	await page.goto('/teach/results', { waitUntil: 'networkidle' });
	const names = ['x;=1+1;y', 'Ana, "the best"', '@SUM(A1)'];
	await page.getByLabel(m.paste).fill(names.map((n) => codeFor(n)).join('\n'));
	await expect(page.getByText(m.count(3, 3))).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: m.download }).click();
	const csv = (await readFile(await (await download).path(), 'utf8')).replace(/^\ufeff/, '');
	const columns = readCsv(csv, ',')[0]!.length;
	for (const separator of [',', ';']) {
		const [, ...rows] = readCsv(csv, separator);
		expect(rows, separator).toHaveLength(3);
		for (const row of rows) {
			// The header's number of cells: nothing split a cell in two.
			if (separator === ',') expect(row).toHaveLength(columns);
			for (const cell of row) expect(cell, `${separator}: ${row.join(' | ')}`).not.toMatch(/^[=+\-@\t\r]/);
		}
		const students = rows.map((r) => r[0]);
		// Split on ;, a comma-separated line is one cell until the first ; outside quotes.
		if (separator === ',') expect(students).toEqual(['x;=1+1;y', 'Ana, "the best"', "'@SUM(A1)"]);
		else expect(students[0]).toMatch(/^x;=1\+1;y,/);
	}
});

test('students are counted as the same-student flag counts them', async ({ page }) => {
	await page.goto('/teach/results', { waitUntil: 'networkidle' });
	await page
		.getByLabel(m.paste)
		.fill([codeFor('Ana Pérez'), codeFor('ANA  perez'), codeFor('Ben')].join('\n'));
	await expect(page.getByText(m.count(2, 3))).toBeVisible();
	await expect(page.getByRole('row', { name: /Same name sent more than once/ })).toHaveCount(2);
});

test('a forged but well-formed code is flagged in the table with its reason, and left out of the analysis', async ({
	page
}) => {
	await page.goto('/teach/results');
	const [q1, q2] = lesson.quiz.questions;
	// Each has the right checksum and reads as a code: only its contents are impossible.
	const forged = {
		// 1 of 1 on a lesson of many questions.
		'Ivy Inflated': finished({ slug: lesson.slug, items: [[q1!.id, 1, 1]] }),
		// A question the lesson does not have.
		'Una Unknown': finished({
			slug: lesson.slug,
			items: [
				...lesson.quiz.questions
					.slice(1)
					.map((q): [string, number, number] => [q.id, maxPoints(q), maxPoints(q)]),
				['made-up-question', maxPoints(q1!), maxPoints(q1!)]
			]
		}),
		// Finished in the year 2100.
		'Fay Future': { ...result(), attempts: [{ ...result().attempts[0]!, finishedAt: 4102444800 + 3600 }] }
	};
	const honest = ['Ann Honest', 'Bob Honest'].map((n, i) => codeFor(n, [result(lesson.slug, 2 + i)]));
	const codes = [
		...honest,
		...Object.entries(forged).map(([name, l]) =>
			encodeResultsCode({ assignment: '0a1b2c3d', name, lessons: [l] })
		)
	];
	await page.getByLabel(m.paste).fill(codes.join('\n'));
	await expect(page.getByText(m.count(5, 5))).toBeVisible();
	await expect(page.getByText(m.flaggedCount(3))).toBeVisible();
	// None of them is a problem code: they are read, tabled, and flagged.
	await expect(page.getByText(/could not be read/)).toHaveCount(0);
	const table = page.getByRole('table', { name: m.table });
	const notes = (name: string) =>
		table
			.getByRole('row', { name: new RegExp(name) })
			.getByRole('cell')
			.last();
	await expect(notes('Ivy Inflated')).toContainText(
		m.issue({ code: 'lesson-max', slug: lesson.slug, expected: lessonMax, found: 1 })
	);
	await expect(notes('Una Unknown')).toContainText(
		m.issue({ code: 'unknown-question', slug: lesson.slug, ids: ['made-up-question'] })
	);
	await expect(notes('Fay Future')).toContainText(m.issue({ code: 'future', slug: lesson.slug }));
	for (const name of Object.keys(forged)) {
		await expect(notes(name)).toContainText(m.leftOut);
		await expect(table.getByRole('row', { name: new RegExp(name) })).toHaveClass(/flagged/);
	}
	for (const name of ['Ann Honest', 'Bob Honest']) await expect(notes(name)).toHaveText('');
	// Only the two honest codes are analysed; the inflated 1 of 1 counts nowhere.
	const analysis = page.getByRole('list', { name: m.lessonStudents(lesson.title, 2) });
	await expect(analysis).toBeVisible();
	await expect(
		analysis.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `2. ${q2!.prompt}` }) })
	).toContainText(m.rightCell(2, 2, 100));
	await accessible(page);
});

test('a whole class of 1,000 codes shows at once, a page of rows at a time', async ({ page }) => {
	test.setTimeout(60_000);
	await page.goto('/teach/results', { waitUntil: 'networkidle' });
	const codes = Array.from({ length: 1000 }, (_, i) => codeFor(`Student ${String(i + 1).padStart(4, '0')}`));
	const started = Date.now();
	await paste(page, codes.join('\n'));
	await expect(page.getByText(m.count(1000, 1000))).toBeVisible({ timeout: 20_000 });
	report('1,000 codes pasted to class table shown', Date.now() - started);

	const table = page.getByRole('table', { name: m.table });
	await expect(table.getByRole('row')).toHaveCount(1 + 50);
	const pages = page.getByRole('navigation', { name: m.pages });
	await expect(pages.getByRole('status')).toHaveText(m.rows(1, 50, 1000));
	await pages.getByRole('button', { name: m.next }).click();
	await expect(pages.getByRole('status')).toHaveText(m.rows(51, 100, 1000));
	await expect(table.getByRole('rowheader', { name: 'Student 0051' })).toBeVisible();
	await accessible(page);
});

test('300 codes each claiming more lessons than the course has are refused, not tabled', async ({ page }) => {
	test.setTimeout(60_000);
	await page.goto('/teach/results', { waitUntil: 'networkidle' });
	const greedy = Array.from({ length: 300 }, (_, i) =>
		codeFor(
			`Greedy ${i}`,
			Array.from({ length: 20 }, (_, j) => result(`lesson-${j}`))
		)
	);
	const started = Date.now();
	await paste(page, greedy.join('\n'));
	await expect(page.getByRole('heading', { name: m.problems(300) })).toBeVisible({ timeout: 20_000 });
	report('300 codes of 20 lessons each pasted to all refused', Date.now() - started);
	await expect(page.getByText(m.empty)).toBeVisible();
	await expect(page.getByText(m.more(200))).toBeVisible();
});

test('a 10 MB paste stays responsive, says how much was not read, and keeps what was', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/teach/results', { waitUntil: 'networkidle' });
	// A class's codes, then pages of chat, with one more code buried past the first 2,000,000
	// characters.
	const early = Array.from({ length: 30 }, (_, i) => codeFor(`Early ${i}`));
	const late = codeFor('Late Larkin');
	const filler = 'Hello miss, here is my homework for this week, thanks! ';
	const head = `${early.join('\n')}\n`;
	const before = filler.repeat(Math.ceil((MAX_TEXT + 500_000 - head.length) / filler.length));
	const after = filler.repeat(Math.ceil((10_000_000 - MAX_TEXT - 500_000) / filler.length));
	const text = `${head}${before}\n${late}\n${after}`;
	const { unread } = readablePart(text);
	expect(text.length).toBeGreaterThan(10_000_000);

	// The same typing on the empty page first, for comparison: what this machine costs anyway.
	const baseline = await typeTimed(page, codeFor('Typed Tam'));
	reportTyping('typing the same code on the empty page (baseline)', baseline);
	await page.getByRole('button', { name: m.clear }).click();
	await expect(page.getByText(m.empty)).toBeVisible();

	const started = Date.now();
	// A real paste event, built in the page (not sent as 10 MB through the test driver).
	await page.getByLabel(m.paste).evaluate(
		(box: HTMLTextAreaElement, parts) => {
			const data = new DataTransfer();
			data.setData(
				'text/plain',
				`${parts.head}${parts.filler.repeat(parts.before)}\n${parts.late}\n${parts.filler.repeat(parts.after)}`
			);
			box.focus();
			box.dispatchEvent(
				new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
			);
		},
		{
			head,
			late,
			filler,
			before: before.length / filler.length,
			after: after.length / filler.length
		}
	);
	const label = m.largePaste(1);
	await expect(page.getByText(m.unread(label, unread, MAX_TEXT))).toBeVisible({ timeout: 60_000 });
	report('10 MB paste to cut-off reported and table shown', Date.now() - started);
	await expect(page.getByText(m.largePasteItem(label, text.length))).toBeVisible();
	await expect(page.getByText(m.count(30, 30))).toBeVisible();
	await expect(page.getByRole('rowheader', { name: 'Late Larkin' })).toHaveCount(0);
	await accessible(page);

	// Typing a code in the box beside the 10 MB paste.
	const typed = codeFor('Typed Tam');
	const typing = await typeTimed(page, typed);
	await expect(page.getByLabel(m.paste)).toHaveValue(typed);
	await expect(page.getByText(m.count(31, 31))).toBeVisible({ timeout: 30_000 });
	expect(typing.times).toHaveLength(typed.length);
	reportTyping(`typing a ${typed.length}-character code beside the 10 MB paste`, typing);
});

test('forged codes are each flagged with their reason: re-scored from their picks, too fast, first tries in a test, look-alike names', async ({
	page
}) => {
	const info = infoOf(lesson);
	const a: Assignment = {
		lessons: [lesson.slug],
		mode: 'test',
		passMark: 100,
		shuffle: false,
		attempts: 1,
		review: 'after-last'
	};
	const id = assignmentId(a);
	const choice = lesson.quiz.questions.filter((q) => isChoiceKind(q.kind));
	expect(choice.length, 'the first lesson needs choice questions').toBeGreaterThan(0);
	const T0 = 1795000000;
	/** Full marks on every question; picks as `pick` says (none: no pick). */
	const perfect = (pick: (q: Question) => Pick | undefined, started = T0, seconds = 600): LessonResult => ({
		slug: lesson.slug,
		startedAt: started,
		attempts: [
			{
				number: 1,
				earned: lessonMax,
				max: lessonMax,
				passed: true,
				finishedAt: started + seconds,
				firstTry: null
			}
		],
		items: lesson.quiz.questions.map((q) => {
			const p = pick(q);
			const item = { id: q.id, earned: maxPoints(q), max: maxPoints(q), firstTry: null };
			return p === undefined ? item : { ...item, pick: p };
		})
	});
	const key = (q: Question) => pickOf(q, keyResponse(q));
	const code = (name: string, l: LessonResult) => encodeResultsCode({ assignment: id, name, lessons: [l] });
	// An R1 code (before picks were kept), made as the first release made them.
	const r1 = (name: string) => {
		const wire = {
			a: id,
			n: name,
			l: [
				[
					lesson.slug,
					lessonMax,
					lessonMax,
					1,
					lesson.quiz.questions.map((q) => [q.id, maxPoints(q), maxPoints(q)]),
					T0,
					T0 + 600
				]
			]
		};
		const bytes = deflateSync(new TextEncoder().encode(JSON.stringify(wire)));
		const head = `R1.${Buffer.from(bytes).toString('base64url')}`;
		return `${head}.${crc32(head)}`;
	};
	const wrongs = choice.filter((q) => q.kind !== 'evidence');
	const notChoice = lesson.quiz.questions.filter((q) => !isChoiceKind(q.kind));
	const forged: Record<string, { code: string; reasons: string[] }> = {
		// "Perfect", with the picks the learner really made (all wrong): the stored record edited.
		'Pia Picked-wrong': {
			code: code('Pia Picked-wrong', perfect(wrongPick)),
			reasons: [
				...(wrongs.length
					? [
							m.issue({
								code: 'rescored',
								slug: lesson.slug,
								ids: wrongs.map((q) => q.id),
								expected: notChoice.reduce((n, q) => n + maxPoints(q), 0),
								found: lessonMax
							})
						]
					: []),
				...(choice.some((q) => q.kind === 'evidence')
					? [
							m.issue({
								code: 'impossible-points',
								slug: lesson.slug,
								ids: choice.filter((q) => q.kind === 'evidence').map((q) => q.id)
							})
						]
					: [])
			]
		},
		'Nico No-picks': {
			code: code(
				'Nico No-picks',
				perfect(() => undefined)
			),
			reasons: [m.issue({ code: 'no-picks', slug: lesson.slug, ids: choice.map((q) => q.id) })]
		},
		'Oda Old': {
			code: r1('Oda Old'),
			reasons: [m.issue({ code: 'old-code', slug: lesson.slug, ids: choice.map((q) => q.id) })]
		},
		'Quin Quick': {
			code: code('Quin Quick', perfect(key, T0, 3)),
			reasons: [
				m.issue({ code: 'too-fast', slug: lesson.slug, found: 3, questions: lesson.quiz.questions.length })
			]
		},
		'Tess Tries': {
			code: code('Tess Tries', {
				...perfect(key),
				attempts: [{ ...perfect(key).attempts[0]!, firstTry: lessonMax }],
				items: perfect(key).items.map((i) => ({ ...i, firstTry: i.max }))
			}),
			reasons: [m.issue({ code: 'test-first-tries', slug: lesson.slug })]
		}
	};
	expect(m.issue({ code: 'too-fast', slug: 'x', found: 3, questions: 20 })).toBe(
		'Finished 20 questions in 3 seconds, too fast to have read them.'
	);
	// Ana, honest; and "Аna" with a Cyrillic А, the next day: a retake in a private window.
	const ana = code('Ana', perfect(key));
	const anaAgain = code('\u0410na', perfect(key, T0 + 86_400));
	const honest = code('Ben Honest', withPicks(result(lesson.slug, 2), info));

	await page.goto(resultsUrl('', a), { waitUntil: 'networkidle' });
	await page
		.getByLabel(m.paste)
		.fill([honest, ana, anaAgain, ...Object.values(forged).map((f) => f.code)].join('\n'));
	const table = page.getByRole('table', { name: m.table });
	await expect(table.getByRole('row')).toHaveCount(1 + 3 + Object.keys(forged).length);
	await expect(page.getByText(m.flaggedCount(Object.keys(forged).length))).toBeVisible();
	const notes = (name: string) =>
		table
			.getByRole('row', { name: new RegExp(`^${name} `) })
			.getByRole('cell')
			.last();
	for (const [name, f] of Object.entries(forged)) {
		await expect(table.getByRole('row', { name: new RegExp(`^${name} `) })).toHaveClass(/flagged/);
		for (const reason of f.reasons) await expect(notes(name), name).toContainText(reason);
		await expect(notes(name)).toContainText(m.leftOut);
	}
	await expect(notes('Ben Honest')).toHaveText('');
	// Look-alike names: flagged as possibly one student, and side by side with both times.
	for (const name of ['Ana', '\u0410na']) await expect(notes(name)).toHaveText(m.flag['look-alike']);
	const same = page.getByRole('table', { name: m.lookAlike(['Ana', '\u0410na']) });
	await expect(same.getByRole('row')).toHaveCount(3);
	const when = await page.evaluate(
		(times) =>
			times.map((s) =>
				new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(s * 1000)
			),
		[T0 + 600, T0 + 86_400 + 600]
	);
	await expect(same.getByRole('row', { name: /^code \d+ Ana / })).toContainText(when[0]!);
	await expect(same.getByRole('row', { name: /^code \d+ \u0410na / })).toContainText(when[1]!);
	await accessible(page);
});

/** A pick that is wrong on a choice question: another option, the other truth value, a wrong part. */
function wrongPick(q: Question): Pick | undefined {
	switch (q.kind) {
		case 'single':
		case 'evidence':
			return q.options.find((o) => o.id !== q.answer)!.id;
		case 'true-false':
			return !q.answer;
		case 'multiple':
			return [q.options.find((o) => !q.answer.includes(o.id))!.id];
		case 'highlight':
			return [q.passage.find((p) => !q.answer.includes(p.id))!.id];
		default:
			return undefined;
	}
}
