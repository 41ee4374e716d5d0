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
import { ccKeys, compareKeys, expectedKeys, giftKeys, moodleKeys, qtiKeys } from './keys';
import { moodleXml } from './moodle';
import { ccAssessment } from './cc';
import { qtiPackage } from './qti';
import { strToU8 } from 'fflate';

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

	it('refuse a QTI item or a cartridge assessment with one key changed', () => {
		fc.assert(
			fc.property(quiz, (questions) => {
				// A changed key shows only where the options' texts differ (two options may read alike).
				const lists = (q: Question) =>
					q.kind === 'order'
						? [q.items]
						: q.kind === 'highlight'
							? [q.passage]
							: q.kind === 'match'
								? []
								: 'options' in q
									? [q.options, ...('passages' in q ? [q.passages] : [])]
									: [];
				if (questions.some((q) => lists(q).some((l) => new Set(l.map((o) => o.text)).size !== l.length)))
					return;
				const lesson = lessonOf(questions);
				const sequence = { order: 'sequence', match: 'pairs', numeric: 'range' } as const;
				const want = questions.flatMap((q) => expectedKeys(lesson, q, words, sequence));
				// QTI: the first item's first correct value moved to another of its choices.
				const { files } = qtiPackage([lesson], words, 'en');
				const path = `items/${lesson.slug}/${questions[0]!.id}.xml`;
				const item = files[path]!;
				const right = /<correctResponse><value>([^<]*)<\/value>/.exec(item)![1]!;
				const other = [...item.matchAll(/identifier="(c\.[^"]+)"/g)]
					.map((m) => m[1]!)
					.find((c) => c !== right);
				if (
					other &&
					!item.includes('directedPair') &&
					!item.includes('baseType="float"') &&
					!item.includes('baseType="string"')
				) {
					const bytes = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]));
					expect(() => compareKeys('QTI', want, qtiKeys(bytes, lesson))).not.toThrow();
					const mapped = item.replace(
						`<correctResponse><value>${right}</value>`,
						`<correctResponse><value>${other}</value>`
					);
					bytes[path] = strToU8(
						mapped
							.replace(`mapKey="${right}" mappedValue="1"`, `mapKey="${right}" mappedValue="-1"`)
							.replace(`mapKey="${other}" mappedValue="-1"`, `mapKey="${other}" mappedValue="1"`)
					);
					expect(() => compareKeys('QTI', want, qtiKeys(bytes, lesson))).toThrow();
				}
				// Common Cartridge: the first condition on a single right option pointed at another option
				// (numeric questions left out here: buildExports checks their typed forms on its own).
				const plain = lessonOf(questions.filter((q) => q.kind !== 'numeric'));
				if (!plain.questions.length) return;
				const split = { order: 'sequence', match: 'split', numeric: 'typed' } as const;
				const ccWant = plain.questions.flatMap((q) => expectedKeys(plain, q, words, split));
				const text = ccAssessment(plain, words, []);
				expect(() => compareKeys('CC', ccWant, ccKeys(text).keys)).not.toThrow();
				const m = /<varequal respident="response1">o(\d+)<\/varequal>/.exec(text);
				if (m && !text.slice(0, m.index).includes('<and>')) {
					const wrong = text.replace(
						m[0],
						`<varequal respident="response1">o${m[1] === '0' ? 1 : 0}</varequal>`
					);
					expect(() => compareKeys('CC', ccWant, ccKeys(wrong).keys)).toThrow();
				}
			}),
			{ numRuns: 100 }
		);
	});
});
