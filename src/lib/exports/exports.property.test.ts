// Every key in every export equals the quiz data, for any valid quiz (fast-check): buildExports
// reads each file back (GIFT with gift-pegjs, the sheets with exceljs, the XML with
// fast-xml-parser) and throws on the first key that differs, so a passing build is the property.
// And the check bites: a file with one key changed is refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { question } from '../quiz/arbitraries';
import type { Question } from '../quiz/kinds';
import { lms } from '../i18n/en/lms';
import { buildExports } from '.';
import type { ExportLesson } from './common';
import { gift } from './gift';
import { compareKeys, expectedKeys, giftKeys, moodleKeys } from './keys';
import { moodleXml } from './moodle';

const words = lms.words;
const lessonOf = (questions: Question[], n = 0): ExportLesson => ({
	slug: `lesson-${n}`,
	title: `Lesson {${n}} <&> "quoted" ~ = # :`,
	summary: 'A summary & more',
	language: 'en',
	url: `https://lessons.example.org/lessons/lesson-${n}`,
	questions
});
const quiz = fc.uniqueArray(question, { minLength: 1, maxLength: 6, selector: (q) => q.id });
const places = { order: 'places', match: 'pairs', numeric: 'range' } as const;

describe('exports', () => {
	it('carry every key of any quiz, in every format (read back)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(quiz, { minLength: 1, maxLength: 2 }), async (quizzes) => {
				const course = quizzes.map((q, n) => lessonOf(q, n));
				const { files } = await buildExports(course, 'en');
				expect(files.length).toBeGreaterThan(0);
			}),
			{ numRuns: 25 }
		);
		// Each run writes and reads back nine kinds of file; on the shared 2-core machine 25 runs take
		// up to a minute.
	}, 120_000);

	it('refuse a GIFT or Moodle XML file with one key changed', () => {
		fc.assert(
			fc.property(quiz, (questions) => {
				const lesson = lessonOf(questions);
				const want = questions.flatMap((q) => expectedKeys(lesson, q, words, places));
				const g = gift(lesson, words).text;
				// One right answer made wrong, or one true made false.
				const broken = g.includes('\t=')
					? g.replace('\t=', '\t~')
					: g.includes('\nTRUE\n')
						? g.replace('\nTRUE\n', '\nFALSE\n')
						: g.replace('\nFALSE\n', '\nTRUE\n');
				if (broken !== g && !/\t~%/.test(g.split('\t=')[0]!)) {
					expect(() => compareKeys('GIFT', want, giftKeys(broken, words))).toThrow();
				}
				const m = moodleXml(lesson, words).text;
				const wrong = m.replace('fraction="100"', 'fraction="0"');
				if (wrong !== m) expect(() => compareKeys('Moodle XML', want, moodleKeys(wrong, words))).toThrow();
			}),
			{ numRuns: 100 }
		);
	});
});
