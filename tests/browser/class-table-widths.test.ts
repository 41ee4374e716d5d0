// The class table read on a laptop (1280 px) and a phone (375 px): every cell of every row measured.
// No word is broken inside (a date or a score a letter a line was the complaint), cells of figures
// are on one line, the page itself never scrolls sideways (the table scrolls in its own box), and
// the first column stays in view when the table is scrolled.
import { expect, test, type Page } from '@playwright/test';
import { course } from './course';
import * as t from '../../src/lib/i18n/en';
import { encodeResultsCode, type LessonResult } from '../../src/lib/teach/results-code';
import { finished } from '../../src/lib/teach/testing';
import { maxPoints } from '../../src/lib/quiz/score';

const m = t.teach.results;

/** A lesson finished with the first `right` questions right, then retried twice. */
const result = (n: number, right: number): LessonResult => {
	const lesson = course[n]!;
	const r = finished({
		slug: lesson.slug,
		items: lesson.quiz.questions.map((q, i): [string, number, number] => [
			q.id,
			i < right ? maxPoints(q) : 0,
			maxPoints(q)
		]),
		startedAt: 1795000000 + n * 4000,
		more: [[right + 1, 1795000000 + n * 4000 + 2000]]
	});
	return r;
};
const names = ['Ana Pérez', 'Benjamín Rodríguez-Castellanos', 'Chen Wei', 'Dara', 'Emma Johnson'];
const codes = names.map((name, i) =>
	encodeResultsCode({ assignment: '0a1b2c3d', name, lessons: [result(0, 1 + i), result(1, 2 + i)] })
);

interface Measured {
	cell: string;
	width: number;
	/** Words drawn on more than one line (broken inside). */
	broken: string[];
	/** Lines the cell's text takes. */
	lines: number;
	figure: boolean;
}

/** Every cell of the tables on the page, measured in the page. */
function measure(page: Page): Promise<Measured[]> {
	return page.evaluate(() => {
		const out: Measured[] = [];
		for (const cell of document.querySelectorAll<HTMLElement>('table.data :is(th, td)')) {
			const broken: string[] = [];
			const tops = new Set<number>();
			const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				for (const match of text.matchAll(/[^\s\-–—/]+/g)) {
					const range = document.createRange();
					range.setStart(node, match.index);
					range.setEnd(node, match.index + match[0].length);
					const rects = [...range.getClientRects()].filter((r) => r.width > 0);
					if (new Set(rects.map((r) => Math.round(r.top))).size > 1) broken.push(match[0]);
					for (const r of rects) tops.add(Math.round(r.top));
				}
			}
			out.push({
				cell: (cell.textContent ?? '').trim().slice(0, 60),
				width: cell.getBoundingClientRect().width,
				broken,
				lines: tops.size,
				figure: cell.classList.contains('figure')
			});
		}
		return out;
	}) as Promise<Measured[]>;
}

for (const [width, height] of [
	[1280, 800],
	[375, 740]
] as const) {
	test(`the class table at ${width} px: no word broken, figures on one line, first column in view`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto('/teach/results', { waitUntil: 'networkidle' });
		await page.getByLabel(m.paste).fill(codes.join('\n'));
		await expect(page.getByText(m.count(names.length, names.length))).toBeVisible();
		const table = page.getByRole('table', { name: m.table });
		// Two lessons per student.
		await expect(table.locator('tbody tr')).toHaveCount(names.length * 2);

		const cells = await measure(page);
		expect(cells.length).toBeGreaterThan(names.length * 2 * 9);
		for (const c of cells) {
			expect(c.broken, `"${c.cell}" (${Math.round(c.width)} px wide) breaks a word`).toEqual([]);
			// Wide enough for a short word at least: no column squeezed to a letter.
			expect(c.width, `"${c.cell}"`).toBeGreaterThanOrEqual(40);
			if (c.figure)
				expect(c.lines, `"${c.cell}" (${Math.round(c.width)} px) on one line`).toBeLessThanOrEqual(1);
		}
		// The figure columns are all there and counted: six per row of the class table.
		expect(cells.filter((c) => c.figure).length).toBeGreaterThanOrEqual(names.length * 2 * 6);

		// The page never scrolls sideways; a table too wide scrolls in its own box.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		const region = page.locator('.table-scroll').filter({ has: table });
		const box = await region.evaluate((el) => {
			el.scrollLeft = el.scrollWidth;
			const first = el.querySelector('tbody th')!.getBoundingClientRect();
			const last = el.querySelector('tbody td:last-child')!.getBoundingClientRect();
			return {
				scrolls: el.scrollWidth > el.clientWidth,
				scrolled: el.scrollLeft,
				left: el.getBoundingClientRect().left,
				right: el.getBoundingClientRect().right,
				first: first.left,
				lastRight: last.right
			};
		});
		if (width === 375) {
			expect(box.scrolls, 'at 375 px the table scrolls in its box').toBe(true);
			expect(box.scrolled).toBeGreaterThan(0);
		}
		// Scrolled to its end, the student's name is still where the table starts, and the last column
		// is in view.
		expect(Math.abs(box.first - box.left)).toBeLessThanOrEqual(1);
		expect(box.lastRight).toBeLessThanOrEqual(box.right + 1);
	});
}
