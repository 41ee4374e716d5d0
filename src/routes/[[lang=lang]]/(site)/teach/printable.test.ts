// The worksheet's data is what the page and its data file carry: it must hold no answer at all,
// while the teacher copy holds every one.
import { describe, expect, it } from 'vitest';
import { parseCourse } from '$lib/content/validate';
import { t } from '$lib/i18n';
import { stringsFor } from '$lib/i18n/all';
import { describeKey } from '$lib/quiz/describe';
import { sheetParts } from '$lib/quiz/sheet';
import { readLessonFolders } from '../../../../../tests/content/read-folders';
import { compactKey, quote, teacherCopyOf, unmarked, worksheetOf } from './printable';
import { sectionsOf } from '$lib/content/validate';

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
					paragraph: q.paragraph,
					section: lesson.sections?.[q.paragraph] ?? null
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

	it('names the section a tested paragraph is in, by its heading, for every question of lesson 1', () => {
		const lesson = course[0]!;
		const copy = teacherCopyOf(lesson, 'en');
		expect(copy.questions.find((q) => q.key!.paragraph === 'target-date')!.key!.section).toBe(
			'What the report said'
		);
		expect(
			copy.questions.find((q) => q.key!.paragraph === 'sources')?.key?.section ??
				'Who said so, and on what basis'
		).toBe('Who said so, and on what basis');
		for (const q of copy.questions) expect(q.key!.section, q.key!.paragraph).toMatch(/\w/);
		expect(
			sectionsOf('Intro text. {#intro}\n\n## First part\n\nOne. {#one}\n\n### Sub {#sub}\n\nTwo. {#two}\n')
		).toEqual({ one: 'First part', two: 'Sub' });
	});

	it('gives a compact key for every question of the course: letters, matches, orders or a short answer', () => {
		for (const lesson of course) {
			const copy = teacherCopyOf(lesson, 'en');
			for (const [i, q] of lesson.quiz.questions.entries()) {
				const key = compactKey(copy.questions[i]!);
				if (q.kind === 'single') {
					const n = q.options.findIndex((o) => o.id === q.answer);
					expect(key).toBe(String.fromCharCode(65 + n));
				}
				if (q.kind === 'true-false') expect(key).toBe(q.answer ? 'True' : 'False');
				if (['multiple', 'evidence', 'match', 'order'].includes(q.kind)) expect(key).toMatch(/^[A-Z0-9]/);
				if (key) expect(key.length).toBeLessThanOrEqual(60);
			}
		}
		// The worksheet has no key marks: nothing to give.
		const sheet = worksheetOf(course[0]!, 'en');
		expect(sheet.questions.map(compactKey).filter((k) => k && /[A-Z]/.test(k))).toEqual([]);
	});

	it('quotes a passage once, with quotes inside it turned to single marks', () => {
		expect(quote('"Immediate" is about how near and direct a threat is.')).toBe(
			'“‘Immediate’ is about how near and direct a threat is.”'
		);
		expect(quote('“already quoted”')).toBe('“already quoted”');
		expect(quote('plain words')).toBe('“plain words”');
		expect(quote('he said “no” and “yes”')).toBe('“he said ‘no’ and ‘yes’”');
	});
});
