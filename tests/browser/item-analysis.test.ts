// The item analysis on /teach/results as a teacher meets it with real codes: each choice question's
// key marked in words, the wrong answer most chosen named beside the lesson's explanation, the
// questions sortable, and the same in the item analysis CSV.
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { lessonAt } from './course';
import { readCsv } from '../csv';
import * as t from '../../src/lib/i18n/en';
import { encodeResultsCode, type ItemResult } from '../../src/lib/teach/results-code';
import { finished } from '../../src/lib/teach/testing';
import { maxPoints } from '../../src/lib/quiz/score';

const m = t.teach.results;
const lesson = lessonAt(0);
const [first] = lesson.quiz.questions;
if (first?.kind !== 'single') throw new Error('The test needs a single-choice first question');
const wrongOption = first.options.find((o) => o.id !== first.answer)!;
const keyOption = first.options.find((o) => o.id === first.answer)!;

const last = lesson.quiz.questions.length;
const lastQuestion = lesson.quiz.questions[last - 1]!;

/** A student's first attempt: question 1 answered with `choice`, the last wrong, the others right. */
const code = (name: string, choice: string) => {
	const items: ItemResult[] = lesson.quiz.questions.map((q, i) =>
		i === 0
			? { id: q.id, earned: choice === first.answer ? 1 : 0, max: 1, firstTry: null, pick: choice }
			: { id: q.id, earned: i === last - 1 ? 0 : maxPoints(q), max: maxPoints(q), firstTry: null }
	);
	return encodeResultsCode({
		assignment: '0a1b2c3d',
		name,
		lessons: [finished({ slug: lesson.slug, items })]
	});
};

test('the key is marked in words and the most chosen wrong answer named, on the page and in the CSV', async ({
	page
}) => {
	await page.goto('/teach/results', { waitUntil: 'networkidle' });
	const codes = [
		code('Ana', first.answer),
		code('Ben', wrongOption.id),
		code('Cai', wrongOption.id),
		code('Dee', wrongOption.id)
	];
	await page.getByLabel(m.paste).fill(codes.join('\n'));
	await expect(page.getByText(m.count(4, 4))).toBeVisible();

	const card = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: `1. ${first.prompt}` }) });
	const keyed = card.getByRole('listitem').filter({ hasText: `${m.key}:` });
	await expect(keyed).toHaveCount(1);
	await expect(keyed).toContainText(m.choiceCell(keyOption.text, 1));
	await expect(card.getByText(m.wrongCell(wrongOption.text, 3, 75))).toBeVisible();
	await expect(card.getByText(first.explanation)).toBeVisible();
	// The wrong idea behind it, as the lesson's notes name it.
	const idea = lesson.teacher.misconceptions?.find(
		(i) => i.question === first.id && i.option === wrongOption.id
	);
	expect(idea, 'lesson 1 names the idea behind its first wrong option').toBeDefined();
	await expect(card.getByText(idea!.idea)).toBeVisible();

	// Hardest first: the last question (no one right), then question 1 (one in four).
	const headings = page.getByRole('heading', { level: 4 });
	await expect(headings.first()).toHaveText(`1. ${first.prompt}`);
	await page.getByLabel(m.sortBy).selectOption({ label: m.orders.facility });
	await expect(headings.nth(0)).toHaveText(`${last}. ${lastQuestion.prompt}`);
	await expect(headings.nth(1)).toHaveText(`1. ${first.prompt}`);
	await page.getByLabel(m.sortBy).selectOption({ label: m.orders.order });
	await expect(headings.first()).toHaveText(`1. ${first.prompt}`);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: m.downloadItems }).click();
	const csv = (await readFile(await (await download).path(), 'utf8')).replace(/^\ufeff/, '');
	const [header, ...rows] = readCsv(csv, ',');
	expect(header).toEqual(Object.values(m.itemsCsv));
	expect(rows).toHaveLength(lesson.quiz.questions.length);
	const row = rows.find((r) => r[2] === first.id)!;
	const col = (name: string) => row[header!.indexOf(name)];
	expect(col(m.itemsCsv.key)).toBe(keyOption.text);
	expect(col(m.itemsCsv.wrong)).toBe(wrongOption.text);
	expect(col(m.itemsCsv.wrongCount)).toBe('3');
	expect(col(m.itemsCsv.facility)).toBe('25');
	expect(col(m.itemsCsv.idea)).toBe(idea!.idea);
});
