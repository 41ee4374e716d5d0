// The lessons' diagrams as a person meets them: a figure named by its caption, the same content as a
// list for screen readers, legible in light, dark and print (axe-core, and the contrast of every
// drawn text against what it is drawn on), text inside its boxes with the real font, and no
// sideways scrolling on a 320 or 375 px phone.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { course } from './course';
import { outline } from '../../src/lib/diagrams/outline';
import * as t from '../../src/lib/i18n/en';

const placed = course.flatMap((lesson) => lesson.diagrams.map((diagram) => ({ lesson, diagram })));

test('lesson 1 has the timeline and the source chain, lesson 3 who does what', () => {
	expect(placed.map(({ lesson, diagram }) => `${lesson.slug}/${diagram.kind}/${diagram.id}`).sort()).toEqual([
		'the-report/flow/source-chain',
		'the-report/timeline/timeline',
		'who-plans/flow/who-does-what'
	]);
});

/** The drawing that is showing (narrow or wide), with what each text is drawn on and where it is. */
async function drawn(figure: Locator) {
	return figure.evaluate((fig) => {
		const svg = [...fig.querySelectorAll('svg')].find((s) => getComputedStyle(s).display !== 'none')!;
		const colour = (el: Element | null, property: 'fill' | 'stroke' | 'background-color') => {
			if (!el) return undefined;
			const value = getComputedStyle(el).getPropertyValue(property);
			return value === 'none' || value === 'rgba(0, 0, 0, 0)' || value === 'transparent' ? undefined : value;
		};
		const ground = colour(fig, 'background-color') ?? colour(document.documentElement, 'background-color')!;
		const box = (el: SVGGraphicsElement) => {
			const b = el.getBBox();
			return { x: b.x, y: b.y, w: b.width, h: b.height };
		};
		return {
			className: svg.getAttribute('class') ?? '',
			width: svg.getBoundingClientRect().width,
			ground,
			texts: [...svg.querySelectorAll('text')].map((text) => {
				const card = text.closest('g.card, g.part')?.querySelector(':scope > rect') as SVGRectElement | null;
				return {
					text: text.textContent ?? '',
					fill: colour(text, 'fill')!,
					on: colour(card, 'fill') ?? ground,
					box: box(text),
					card: text.closest('g.card') ? box(card!) : undefined
				};
			}),
			cards: [...svg.querySelectorAll('g.card > rect')].map((r) => ({
				stroke: colour(r, 'stroke')!,
				box: box(r as SVGRectElement)
			})),
			lines: [...svg.querySelectorAll('line, path, circle')].map(
				(l) => colour(l, 'stroke') ?? colour(l, 'fill')!
			)
		};
	});
}

function luminance(rgb: string): number {
	const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((c) => {
		const v = Number(c) / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

async function open(page: Page, slug: string, title: string) {
	await page.goto(`/lessons/${slug}`);
	const figure = page.getByRole('figure', { name: title, exact: true });
	await expect(figure).toBeVisible();
	return figure;
}

for (const { lesson, diagram } of placed) {
	test.describe(`${lesson.slug}: "${diagram.title}"`, () => {
		test('is a figure in the reading, named by its caption, with the same content as a list', async ({
			page
		}) => {
			const figure = await open(page, lesson.slug, diagram.title);
			await expect(
				page.getByRole('region', { name: t.site.lesson.reading }).getByRole('figure')
			).toContainText([diagram.title]);
			if (diagram.note) await expect(figure.locator('figcaption')).toContainText(diagram.note);
			// The drawings are hidden from screen readers; the list says what they show.
			for (const svg of await figure.locator('svg').all())
				await expect(svg).toHaveAttribute('aria-hidden', 'true');
			const list = figure.getByRole('list').first();
			const expected = outline(diagram)
				.items.map((item) => item.text)
				.filter(Boolean);
			for (const text of expected) await expect(list).toContainText(text);
			const snapshot = await figure.ariaSnapshot();
			expect(snapshot).not.toContain('img');
			expect(snapshot).toContain('listitem');
		});

		for (const scheme of ['light', 'dark'] as const) {
			test(`is legible in ${scheme} mode: axe-core and the contrast of every text and line`, async ({
				page
			}) => {
				await page.emulateMedia({ colorScheme: scheme });
				const figure = await open(page, lesson.slug, diagram.title);
				const axe = await new AxeBuilder({ page })
					.include(`figure[aria-labelledby="diagram-${diagram.id}"]`)
					.analyze();
				expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
				const d = await drawn(figure);
				for (const text of d.texts)
					expect(
						contrast(text.fill, text.on),
						`"${text.text}": ${text.fill} on ${text.on}`
					).toBeGreaterThanOrEqual(4.5);
				// Boxes, arrows and dots are graphics a reader needs: 3:1 against the page.
				for (const card of d.cards) expect(contrast(card.stroke, d.ground)).toBeGreaterThanOrEqual(3);
				for (const line of d.lines) expect(contrast(line, d.ground), line).toBeGreaterThanOrEqual(3);
			});
		}

		for (const width of [320, 375, 1024]) {
			test(`fits a ${width} px screen: no sideways scrolling, every text inside its box`, async ({
				page
			}) => {
				await page.setViewportSize({ width, height: 800 });
				const figure = await open(page, lesson.slug, diagram.title);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow).toBe(0);
				const box = (await figure.boundingBox())!;
				expect(box.x + box.width).toBeLessThanOrEqual(width);
				const d = await drawn(figure);
				expect(d.className).toContain(width < 600 ? 'narrow' : 'wide');
				// SVG text does not wrap: the layout's measures must hold with the font really used.
				for (const text of d.texts) {
					if (!text.card) continue;
					expect(text.box.x, text.text).toBeGreaterThanOrEqual(text.card.x);
					expect(text.box.x + text.box.w, text.text).toBeLessThanOrEqual(text.card.x + text.card.w);
					expect(text.box.y + text.box.h, text.text).toBeLessThanOrEqual(text.card.y + text.card.h + 1);
				}
				// Text outside the boxes (arrow labels, dates) stays clear of them.
				for (const text of d.texts.filter((x) => !x.card))
					for (const card of d.cards) {
						const [a, b] = [text.box, card.box];
						const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
						expect(apart, `"${text.text}" overlaps a box`).toBe(true);
					}
			});
		}

		test('prints black on white, from a dark screen too', async ({ page }) => {
			await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
			const figure = await open(page, lesson.slug, diagram.title);
			const d = await drawn(figure);
			expect(d.ground).toBe('rgb(255, 255, 255)');
			for (const text of d.texts) {
				expect(text.fill, text.text).toBe('rgb(0, 0, 0)');
				expect(text.on, text.text).toBe('rgb(255, 255, 255)');
			}
		});

		test('does not move (nothing to turn off for reduced motion)', async ({ page }) => {
			await page.emulateMedia({ reducedMotion: 'no-preference' });
			const figure = await open(page, lesson.slug, diagram.title);
			const moving = await figure.evaluate(
				(fig) =>
					[fig, ...fig.querySelectorAll('*')].filter((el) => {
						const style = getComputedStyle(el);
						return style.animationName !== 'none' || parseFloat(style.transitionDuration) > 0;
					}).length
			);
			expect(moving).toBe(0);
		});
	});
}

test('the embed page draws the diagrams in its reading too', async ({ page }) => {
	await page.goto('/embed/the-report?reading=1');
	for (const { diagram } of placed.filter((p) => p.lesson.slug === 'the-report'))
		await expect(page.getByRole('figure', { name: diagram.title, exact: true })).toBeAttached();
});
