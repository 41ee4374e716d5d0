// Answers a question right with the keyboard alone: Tab/Shift+Tab to reach a control, Space and
// arrow keys to choose, typing, Enter. The answer key comes from the course data.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Question } from '../../src/lib/quiz/schema';
import * as en from '../../src/lib/i18n/en';

/** Tabs (forwards or backwards) until focus is inside `target`. */
export async function tabTo(page: Page, target: Locator, max = 400) {
	for (let i = 0; i < max; i++) {
		const where = await target.evaluate((el) => {
			const active = document.activeElement;
			if (active && active !== document.body && el.contains(active)) return 'here';
			if (!active || active === document.body) return 'forward';
			return active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING ? 'forward' : 'back';
		});
		if (where === 'here') return;
		await page.keyboard.press(where === 'forward' ? 'Tab' : 'Shift+Tab');
	}
	throw new Error('could not reach the control with Tab');
}

/** In a radio group that has focus, selects the radio labelled `text` with arrow keys. */
async function chooseRadio(page: Page, group: Locator, text: string) {
	await tabTo(page, group);
	const radios = group.getByRole('radio');
	const labels = (
		await radios.evaluateAll((els) => els.map((e) => e.closest('label')?.textContent?.trim() ?? ''))
	).map((l) => l.replace(/^"|"$/g, ''));
	const want = labels.findIndex((l) => l === text || l === `“${text}”` || l.includes(text));
	const at = await radios.evaluateAll((els) => els.findIndex((e) => e === document.activeElement));
	expect(want).toBeGreaterThanOrEqual(0);
	if (want === at) await page.keyboard.press('Space');
	else
		for (let i = 0; i < (want - at + labels.length) % labels.length; i++)
			await page.keyboard.press('ArrowDown');
	await expect(radios.nth(want)).toBeChecked();
}

/**
 * Answers `q` correctly in its form on the page, then presses "Check answer" (practice mode).
 * `text`: the interface text of the page's language.
 */
export async function answerRight(page: Page, q: Question, check = true, text: typeof en = en) {
	const group = page.getByRole('group', { name: q.prompt, exact: true });
	const form = page.locator('form', { has: group });
	switch (q.kind) {
		case 'single':
			await chooseRadio(page, group, q.options.find((o) => o.id === q.answer)!.text);
			break;
		case 'true-false':
			await chooseRadio(page, group, q.answer ? text.quiz.words.true : text.quiz.words.false);
			break;
		case 'multiple':
			for (const o of q.options) {
				const box = group.getByRole('checkbox', { name: o.text, exact: true });
				await tabTo(page, box);
				if (q.answer.includes(o.id) !== (await box.isChecked())) await page.keyboard.press('Space');
				await expect(box).toBeChecked({ checked: q.answer.includes(o.id) });
			}
			break;
		case 'order':
			// Selection sort: bring the item that belongs at each place up to it, one press at a time.
			for (let place = 0; place < q.items.length; place++) {
				const item = q.items[place]!;
				const shown = async () => (await group.locator('li .text').allTextContents()).map((s) => s.trim());
				let at = (await shown()).indexOf(item.text);
				if (at === place) continue;
				const up = group.getByRole('button', { name: text.quiz.moveUp(item.text), exact: true });
				await tabTo(page, up);
				while (at > place) {
					await page.keyboard.press('Enter');
					at--;
					await expect.poll(shown).toContainEqual(item.text);
					expect((await shown()).indexOf(item.text)).toBe(at);
				}
			}
			await expect
				.poll(async () => (await group.locator('li .text').allTextContents()).map((s) => s.trim()))
				.toEqual(q.items.map((i) => i.text));
			break;
		case 'match':
			for (const pair of q.pairs) {
				const select = group.getByRole('combobox', { name: pair.left, exact: true });
				await tabTo(page, select);
				const options = (await select.locator('option').allTextContents()).map((s) => s.trim());
				const want = options.indexOf(pair.right);
				const now = await select.evaluate((s: HTMLSelectElement) => s.selectedIndex);
				const key = want > now ? 'ArrowDown' : 'ArrowUp';
				for (let i = 0; i < Math.abs(want - now); i++) await page.keyboard.press(key);
				await expect(select).toHaveValue(pair.id);
			}
			break;
		case 'numeric':
			await tabTo(page, group.getByRole('textbox'));
			await page.keyboard.type(q.answer.toLocaleString('en'));
			break;
		case 'text':
			await tabTo(page, group.getByRole('textbox'));
			await page.keyboard.type(q.answers[0]!);
			break;
		case 'evidence':
			await chooseRadio(
				page,
				group.getByRole('group', { name: text.quiz.partA, exact: true }),
				q.options.find((o) => o.id === q.answer)!.text
			);
			await chooseRadio(
				page,
				group.getByRole('group', { name: text.quiz.partB(q.evidencePrompt), exact: true }),
				q.passages.find((p) => p.id === q.evidence)!.text
			);
			break;
		case 'highlight':
			for (const part of q.passage) {
				const toggle = group.getByRole('button', { name: part.text, exact: true });
				await tabTo(page, toggle);
				const pressed = (await toggle.getAttribute('aria-pressed')) === 'true';
				if (q.answer.includes(part.id) !== pressed) await page.keyboard.press('Space');
				await expect(toggle).toHaveAttribute('aria-pressed', String(q.answer.includes(part.id)));
			}
			break;
		default:
			throw new Error(`No keyboard answer for ${(q satisfies never as Question).kind} questions`);
	}
	if (!check) return form;
	const button = form.getByRole('button', { name: text.quiz.check });
	await tabTo(page, button);
	await page.keyboard.press('Enter');
	return form;
}
