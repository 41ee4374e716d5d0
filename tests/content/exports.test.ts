// The exports of the real course, built as the site build builds them (src/lib/exports): every
// file in both languages, each read back and its keys compared with the quiz data (buildExports
// throws on any mismatch), GIFT parsed back by gift-pegjs with every question and option, the
// sheets' columns exactly each tool's template.
import { describe, expect, it } from 'vitest';
import { parse as parseGift } from 'gift-pegjs';
import { strFromU8 } from 'fflate';
import { buildExports, toExportLesson } from '$lib/exports';
import { SPECS } from '$lib/exports/sheets';
import { giftHolds } from '$lib/exports/gift';
import { readSheet } from '$lib/exports/xlsx';
import { parseCourse } from '$lib/content/validate';
import { LANGUAGES } from '$lib/i18n/languages';
import { readLessonFolders } from './read-folders';

const ORIGIN = 'https://lessons.example.org';

describe.each(LANGUAGES)('exports in %s', (language) => {
	const lessons = parseCourse(readLessonFolders('lessons', language));
	const course = lessons.map((l) => toExportLesson(l, language, ORIGIN));
	const built = buildExports(course, language);

	it('writes every format: one cartridge and one QTI package, the rest per lesson', async () => {
		const { files } = await built;
		const count = (format: string) => files.filter((f) => f.format === format).length;
		expect(count('cc')).toBe(1);
		expect(count('qti')).toBe(1);
		for (const f of ['moodle', 'gift']) expect(count(f)).toBe(lessons.length + 1);
		for (const f of ['kahoot', 'quizizz', 'blooket']) expect(count(f)).toBe(lessons.length);
	});

	it('GIFT parses back with gift-pegjs: every question, title and option', async () => {
		const { files } = await built;
		for (const lesson of lessons) {
			const text = strFromU8(files.find((f) => f.format === 'gift' && f.lesson === lesson.slug)!.bytes);
			const parsed = parseGift(text).filter((q) => q.type !== 'Category');
			const parts = lesson.quiz.questions
				.filter(giftHolds)
				.flatMap((q) => (q.kind === 'evidence' ? [`${q.id}#a`, `${q.id}#b`] : [q.id]));
			expect(parsed.map((q) => q.title)).toEqual(parts.map((id) => `${lesson.slug}/${id}`));
			for (const q of lesson.quiz.questions.filter(giftHolds)) {
				const got = parsed.find(
					(p) => p.title === `${lesson.slug}/${q.id}${q.kind === 'evidence' ? '#a' : ''}`
				)!;
				const options =
					q.kind === 'single' || q.kind === 'multiple' || q.kind === 'evidence'
						? q.options.map((o) => o.text)
						: q.kind === 'highlight'
							? q.passage.map((p) => p.text)
							: null;
				if (options)
					expect((got as { choices: { text: { text: string } }[] }).choices.map((c) => c.text.text)).toEqual(
						options
					);
			}
		}
	});

	it('the sheets have each tool’s template columns, cell for cell', async () => {
		const { files } = await built;
		for (const spec of Object.values(SPECS)) {
			for (const f of files.filter((x) => x.format === spec.format)) {
				const rows = await readSheet(spec, f.bytes);
				expect(rows[spec.headerRow - 1]!.map((c) => c ?? '')).toEqual(spec.header);
			}
		}
	});

	it('every item keeps its course id and a link back to its paragraph', async () => {
		const { files } = await built;
		const moodle = files.filter((f) => f.format === 'moodle');
		for (const lesson of lessons) {
			const text = strFromU8(moodle.find((f) => f.lesson === lesson.slug)!.bytes);
			for (const q of lesson.quiz.questions) {
				expect(text).toContain(`<idnumber>${lesson.slug}/${q.id}`);
				expect(text).toContain(`/lessons/${lesson.slug}#${q.paragraph}`);
			}
		}
	});
});
