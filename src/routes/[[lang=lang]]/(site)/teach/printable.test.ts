// The worksheet's data is what the page and its data file carry: it must hold no answer at all,
// while the teacher copy holds every one.
import { describe, expect, it } from 'vitest';
import { parseCourse } from '$lib/content/validate';
import { t } from '$lib/i18n';
import { stringsFor } from '$lib/i18n/all';
import { describeKey } from '$lib/quiz/describe';
import { sheetParts } from '$lib/quiz/sheet';
import { readLessonFolders } from '../../../../../tests/content/read-folders';
import { teacherCopyOf, unmarked, worksheetOf } from './printable';

const course = parseCourse(readLessonFolders('lessons'));

describe('printable lessons', () => {
	it('the worksheet holds no key mark, answer, explanation or id', () => {
		for (const lesson of course) {
			const sheet = worksheetOf(lesson, 'en');
			const json = JSON.stringify(sheet);
			expect(json).not.toMatch(
				/"(key|place|letter|answer|answers|evidence|explanation|paragraph|id|teacher)":/
			);
			for (const [i, q] of lesson.quiz.questions.entries()) {
				const printed = sheet.questions[i]!;
				expect(printed.prompt).toBe(q.prompt);
				expect(json).not.toContain(q.explanation);
				// The same parts as the teacher copy, less the marks.
				expect(printed.parts).toEqual(sheetParts(q, t.quiz.words).map(unmarked));
				// Accepted answers may be words shown elsewhere on the sheet, but not in their own question.
				if (q.kind === 'text') for (const a of q.answers) expect(JSON.stringify(printed)).not.toContain(a);
			}
		}
	});

	it('the teacher copy has every answer, why, the key marks and the discussion notes', () => {
		for (const lesson of course) {
			const copy = teacherCopyOf(lesson, 'en');
			expect(copy.teacher).toEqual(lesson.teacher);
			for (const [i, q] of lesson.quiz.questions.entries()) {
				const printed = copy.questions[i]!;
				expect(printed.key).toEqual({
					answer: describeKey(q, t.quiz.words),
					explanation: q.explanation,
					paragraph: q.paragraph
				});
				expect(printed.parts).toEqual(sheetParts(q, t.quiz.words));
			}
		}
	});

	it('a Spanish sheet is printed in Spanish: its keys in Spanish words, its questions the Spanish ones', () => {
		const spanish = parseCourse(readLessonFolders('lessons', 'es'));
		const words = stringsFor('es').quiz.words;
		for (const lesson of spanish) {
			const copy = teacherCopyOf(lesson, 'es');
			for (const [i, q] of lesson.quiz.questions.entries()) {
				expect(copy.questions[i]!.prompt).toBe(q.prompt);
				expect(copy.questions[i]!.key!.answer).toBe(describeKey(q, words));
			}
		}
		// True/false keys read «Verdadero»/«Falso», not English.
		const tf = spanish.flatMap((l) => l.quiz.questions).find((q) => q.kind === 'true-false')!;
		expect(describeKey(tf, words)).not.toMatch(/^(True|False)$/);
	});
});
