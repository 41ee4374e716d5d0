// The item analysis on /teach/results as a teacher meets it with real codes: each choice question's
// key marked in words, the wrong answer most chosen named beside the lesson's explanation, the
// questions sortable, and the same in the item analysis CSV.
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { infoOf, lessonAt } from './course';
import { readCsv } from '../csv';
import * as t from '../../src/lib/i18n/en';
import { encodeResultsCode, type ItemResult } from '../../src/lib/teach/results-code';
import { finished, withPicks } from '../../src/lib/teach/testing';
import { maxPoints } from '../../src/lib/quiz/score';

const m = t.teach.results;
const lesson = lessonAt(0);
// The single-choice question whose wrong option the lesson's notes explain (found, not assumed: the
// quizzes are rewritten after their pilots).
const questions = lesson.quiz.questions;
const at = questions.findIndex(
	(q) => q.kind === 'single' && lesson.teacher.misconceptions?.some((i) => i.question === q.id)
);
const first = questions[at];
if (first?.kind !== 'single') throw new Error('The test needs a single-choice question the notes explain');
const n = at + 1;
const idea = lesson.teacher.misconceptions!.find((i) => i.question === first.id)!;
const wrongOption = first.options.find((o) => o.id === idea.option)!;
const keyOption = first.options.find((o) => o.id === first.answer)!;

const last = questions.length;
const lastQuestion = questions[last - 1]!;
if (at === last - 1) throw new Error('The test needs the explained question not to be the last');

/** A student's first attempt: question n answered with `choice`, the last wrong, the others right. */
const code = (name: string, choice: string) => {
	const items: ItemResult[] = questions.map((q, i) =>
		i === at
			? { id: q.id, earned: choice === first.answer ? 1 : 0, max: 1, firstTry: null, pick: choice }
			: { id: q.id, earned: i === last - 1 ? 0 : maxPoints(q), max: maxPoints(q), firstTry: null }
	);
	return encodeResultsCode({
		assignment: '0a1b2c3d',
		name,
		// The other choice questions carry the picks that earn their points, as a real code does (the
		// class page scores every code again from its picks).
		lessons: [withPicks(finished({ slug: lesson.slug, items }), infoOf(lesson))]
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
		.filter({ has: page.getByRole('heading', { name: `${n}. ${first.prompt}` }) });
	const keyed = card.getByRole('listitem').filter({ hasText: `${m.key}:` });
	await expect(keyed).toHaveCount(1);
	await expect(keyed).toContainText(m.choiceCell(keyOption.text, 1));
	await expect(card.getByText(m.wrongCell(wrongOption.text, 3, 75))).toBeVisible();
	await expect(card.getByText(first.explanation)).toBeVisible();
	// The wrong idea behind it, as the lesson's notes name it.
	await expect(card.getByText(idea.idea)).toBeVisible();

	// Hardest first: the last question (no one right), then question n (one in four).
	const headings = page.getByRole('heading', { level: 4 });
	await expect(headings.first()).toHaveText(`1. ${questions[0]!.prompt}`);
	await page.getByLabel(m.sortBy).selectOption({ label: m.orders.facility });
	await expect(headings.nth(0)).toHaveText(`${last}. ${lastQuestion.prompt}`);
	await expect(headings.nth(1)).toHaveText(`${n}. ${first.prompt}`);
	await page.getByLabel(m.sortBy).selectOption({ label: m.orders.order });
	await expect(headings.first()).toHaveText(`1. ${questions[0]!.prompt}`);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: m.downloadItems }).click();
	const csv = (await readFile(await (await download).path(), 'utf8')).replace(/^\ufeff/, '');
	const [header, ...rows] = readCsv(csv, ',');
	expect(header).toEqual(Object.values(m.itemsCsv));
	expect(rows).toHaveLength(questions.length);
	const row = rows.find((r) => r[2] === first.id)!;
	const col = (name: string) => row[header!.indexOf(name)];
	expect(col(m.itemsCsv.key)).toBe(keyOption.text);
	expect(col(m.itemsCsv.wrong)).toBe(wrongOption.text);
	expect(col(m.itemsCsv.wrongCount)).toBe('3');
	expect(col(m.itemsCsv.facility)).toBe('25');
	expect(col(m.itemsCsv.idea)).toBe(idea.idea);
});
