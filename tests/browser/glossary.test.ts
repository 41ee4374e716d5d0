// The glossary as a reader uses it: one entry per term, an A–Z index whose letters lead to their
// sections, "Used in" links that land on the paragraph of the lesson, and lesson pages whose key
// terms lead to their entries.
import { expect, test } from '@playwright/test';
import { course } from './course';
import { letterOf, termAnchor, termKey } from '../../src/lib/content/glossary';
import * as t from '../../src/lib/i18n/en';

const { alphabet } = t.site.glossary;
const terms = course.flatMap((lesson) => lesson.terms.map((term) => ({ ...term, lesson })));
const keys = [...new Set(terms.map((term) => termKey(term.term)))];

test('one entry per term, each with its definition', async ({ page }) => {
	await page.goto('/glossary');
	const shown = await page.locator('dt').allTextContents();
	expect(shown.map((s) => termKey(s)).sort()).toEqual([...keys].sort());
	for (const term of terms) {
		const entry = page.locator(`[id="${termAnchor(term.term)}"]`);
		await expect(entry.getByRole('term')).toHaveText(term.term);
		await expect(entry.getByRole('definition')).toContainText(term.definition);
	}
});

test('the A–Z index links the letters that have terms, and only those, to their sections', async ({
	page
}) => {
	await page.goto('/glossary');
	const index = page.getByRole('navigation', { name: t.site.glossary.index });
	const used = [...new Set(terms.map((term) => letterOf(term.term, alphabet)!))].sort();
	await expect(index.getByRole('link')).toHaveText(used);
	// The other letters are shown, but are not links.
	await expect(index).toContainText([...alphabet].join(''));
	for (const letter of used) {
		await index.getByRole('link', { name: letter, exact: true }).click();
		const heading = page.getByRole('heading', { level: 2, name: letter, exact: true });
		await expect(heading).toBeInViewport();
		expect(new URL(page.url()).hash).toBe(`#${await heading.getAttribute('id')}`);
		// Every term in the section starts with that letter.
		const section = page.locator('section', { has: heading });
		for (const dt of await section.locator('dt').allTextContents())
			expect(letterOf(dt, alphabet)).toBe(letter);
	}
});

test('the index works from the keyboard', async ({ page }) => {
	await page.goto('/glossary');
	const first = page.getByRole('navigation', { name: t.site.glossary.index }).getByRole('link').first();
	await first.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 2, name: (await first.textContent())! })).toBeInViewport();
});

test('"Used in" links go to the paragraph of each lesson where the term is used', async ({ page }) => {
	await page.goto('/glossary');
	const links = page.locator('dd a');
	const hrefs = await links.evaluateAll((as) =>
		as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!)
	);
	// One link per lesson that lists a term (several terms may point at the same paragraph).
	const expected = terms.map((term) => `/lessons/${term.lesson.slug}#${term.paragraph}`);
	expect(hrefs.map((h) => new URL(h, page.url()).pathname + new URL(h, page.url()).hash).sort()).toEqual(
		expected.sort()
	);
	// Each target exists: a paragraph of the reading with that id.
	for (const lesson of course) {
		await page.goto(`/lessons/${lesson.slug}`);
		for (const term of lesson.terms) {
			const target = page.locator(`[id="${term.paragraph}"]`);
			await expect(target, `${lesson.slug}: ${term.term}`).toHaveCount(1);
			expect(await target.evaluate((el) => el.tagName)).toBe('P');
		}
	}
	// Following one lands on the paragraph.
	const term = terms[0]!;
	await page.goto('/glossary');
	await page
		.locator(`[id="${termAnchor(term.term)}"]`)
		.getByRole('link', { name: term.lesson.title })
		.click();
	await expect(page).toHaveURL(new RegExp(`/lessons/${term.lesson.slug}#${term.paragraph}$`));
	await expect(page.locator(`[id="${term.paragraph}"]`)).toBeInViewport();
});

test("a lesson's key terms lead to their glossary entries", async ({ page }) => {
	for (const lesson of course) {
		await page.goto(`/lessons/${lesson.slug}`);
		const list = page.getByRole('region', { name: t.site.lesson.terms });
		await expect(list.getByRole('link')).toHaveCount(lesson.terms.length);
		for (const term of lesson.terms) {
			const link = list.getByRole('link', { name: `${term.term} ${t.site.lesson.inGlossary}`, exact: true });
			await expect(link).toHaveAttribute('href', new RegExp(`/glossary#${termAnchor(term.term)}$`));
		}
	}
	const term = terms.at(-1)!;
	await page.goto(`/lessons/${term.lesson.slug}`);
	await page.getByRole('link', { name: `${term.term} ${t.site.lesson.inGlossary}`, exact: true }).click();
	const entry = page.locator(`[id="${termAnchor(term.term)}"]`);
	await expect(entry).toBeInViewport();
	await expect(entry.getByRole('term')).toHaveText(term.term);
});
