// The worksheet's data is what the page and its data file carry: it must hold no answer at all,
// while the teacher copy holds every one.
import { describe, expect, it } from 'vitest';
import { parseCourse } from '$lib/content/validate';
import { describeKey } from '$lib/quiz/describe';
import { readLessonFolders } from '../../../../tests/content/read-folders';
import { teacherCopyOf, worksheetOf } from './printable';

const course = parseCourse(readLessonFolders('lessons'));

describe('printable lessons', () => {
	it('the worksheet holds no answer, explanation, id or pairing', () => {
		for (const lesson of course) {
			const sheet = worksheetOf(lesson);
			const json = JSON.stringify(sheet);
			expect(json).not.toMatch(/"(key|answer|answers|evidence|explanation|paragraph|id|teacher)":/);
			for (const [i, q] of lesson.quiz.questions.entries()) {
				const printed = sheet.questions[i]!;
				expect(printed.prompt).toBe(q.prompt);
				expect(json).not.toContain(q.explanation);
				// Accepted answers may be words shown elsewhere on the sheet, but not in their own question.
				if (q.kind === 'text') for (const a of q.answers) expect(JSON.stringify(printed)).not.toContain(a);
				if (q.kind === 'order') {
					// Every item, in an order that is not the answer.
					expect([...printed.choices].sort()).toEqual(q.items.map((x) => x.text).sort());
					expect(printed.choices).not.toEqual(q.items.map((x) => x.text));
				}
				if (q.kind === 'match') {
					expect(printed.lefts).toEqual(q.pairs.map((p) => p.left));
					expect(printed.rights).not.toEqual(q.pairs.map((p) => p.right));
				}
			}
		}
	});

	it('the teacher copy has every answer, why, and the discussion notes', () => {
		for (const lesson of course) {
			const copy = teacherCopyOf(lesson);
			expect(copy.teacher).toEqual(lesson.teacher);
			for (const [i, q] of lesson.quiz.questions.entries()) {
				const key = copy.questions[i]!.key!;
				expect(key).toMatchObject({ answer: describeKey(q), explanation: q.explanation });
				if (q.kind === 'single') {
					const right = q.options.findIndex((o) => o.id === q.answer);
					expect(key.choices.map((c, j) => (c ? j : -1)).filter((j) => j >= 0)).toEqual([right]);
				}
				if (q.kind === 'match') {
					// Each term's letter points at its own description.
					const { lefts, rights } = copy.questions[i]!;
					for (const [j, pair] of q.pairs.entries()) {
						expect(lefts[j]).toBe(pair.left);
						expect(rights[key.lefts[j]!.charCodeAt(0) - 65]).toBe(pair.right);
					}
				}
			}
		}
	});
});
