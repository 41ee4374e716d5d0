// Print that saves paper, measured on the PDFs Chromium prints (page.pdf): each lesson's teacher
// copy on at most 3 pages of Letter and of A4, in both languages; the worksheet's Name and Date
// lines at least 6 cm; a lesson printed without the quiz's controls; passages quoted once; the
// teacher copy naming the section a question is tested in, not an address.
import { expect, test, type Page } from '@playwright/test';
import { course, lessonAt } from './course';
import * as t from '../../src/lib/i18n/en';

const g = t.teach.guide;
const CM = 96 / 2.54;

/** Pages in a PDF that Chromium printed: one page object per page. */
function pages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

async function printed(page: Page, path: string, format: 'Letter' | 'A4') {
	await page.goto(path);
	await page.emulateMedia({ media: 'print' });
	return pages(await page.pdf({ format, printBackground: false }));
}

for (const prefix of ['', '/es']) {
	test(`every teacher copy prints on at most 3 pages, Letter and A4${prefix ? ' (Spanish)' : ''}`, async ({
		page
	}) => {
		const counts: string[] = [];
		for (const lesson of course) {
			for (const format of ['Letter', 'A4'] as const) {
				const n = await printed(page, `${prefix}/teach/${lesson.slug}`, format);
				counts.push(`${lesson.slug} ${format}: ${n}`);
				expect(n, `${prefix}/teach/${lesson.slug} on ${format}`).toBeGreaterThanOrEqual(1);
				expect(n, `${prefix}/teach/${lesson.slug} on ${format}`).toBeLessThanOrEqual(3);
			}
		}
		console.log(counts.join('\n'));
		test.info().annotations.push({ type: 'pages', description: counts.join('; ') });
	});
}

test('the teacher copy starts with the whole key on a line, and names sections, not addresses', async ({
	page
}) => {
	const lesson = lessonAt(0);
	await page.goto(`/teach/${lesson.slug}`);
	const key = page.getByRole('region', { name: g.compactKey });
	await expect(key).toBeVisible();
	const first = lesson.quiz.questions[0]!;
	if (first.kind === 'single') {
		const letter = String.fromCharCode(65 + first.options.findIndex((o) => o.id === first.answer));
		await expect(key).toContainText(new RegExp(`1\\s${letter}`));
	}
	const text = await page.locator('main').innerText();
	expect(text).not.toMatch(/\/lessons\/[a-z-]+#/);
	await expect(page.getByText(`${g.paragraph} What the report said`).first()).toBeVisible();
	// Still a link to the paragraph itself.
	const link = page.getByRole('link', { name: 'What the report said' }).first();
	expect(await link.getAttribute('href')).toMatch(new RegExp(`/lessons/${lesson.slug}#`));
});

test('the worksheet’s Name and Date lines are at least 6 cm on paper', async ({ page }) => {
	for (const format of ['Letter', 'A4'] as const) {
		await page.goto(`/teach/${lessonAt(0).slug}/worksheet`);
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize(format === 'A4' ? { width: 794, height: 1123 } : { width: 816, height: 1056 });
		const widths = await page
			.locator('.student-line .blank')
			.evaluateAll((lines) => lines.map((l) => l.getBoundingClientRect().width));
		expect(widths).toHaveLength(2);
		for (const w of widths) expect(w / CM, format).toBeGreaterThanOrEqual(6);
	}
});

test('no passage is printed with doubled quotation marks', async ({ page }) => {
	for (const lesson of course) {
		for (const path of [`/teach/${lesson.slug}`, `/teach/${lesson.slug}/worksheet`]) {
			await page.goto(path);
			const text = await page.locator('main').innerText();
			expect(text, path).not.toMatch(/[“"„«]\s*[“"„«]|[”"»]\s*[”"»]/);
		}
	}
});

test('a lesson prints as its reading, without the quiz’s controls', async ({ page }) => {
	const lesson = lessonAt(0);
	await page.goto(`/lessons/${lesson.slug}`);
	await expect(page.locator('#quiz button').first()).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('#quiz')).toBeHidden();
	const controls = await page
		.locator('main')
		.locator('button, input, select, textarea')
		.evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
	expect(controls).toBe(0);
	await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
	const n = pages(await page.pdf({ format: 'A4' }));
	expect(n).toBeGreaterThanOrEqual(1);
	console.log(`/lessons/${lesson.slug} on A4: ${n} pages`);
});
