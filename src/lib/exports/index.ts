// Every export of the course, built from the validated lessons once per build, for each language,
// and checked: each file is read back by a reader written by others and its keys compared with the
// quiz data (keys.ts). A mismatch throws, so the build stops instead of publishing a wrong key.
// Served as static files under /exports/<lang>/ (src/routes/exports/), listed in /lessons.json and
// in the "Use in your LMS" panel of /teach and each lesson's teacher page.
import { strToU8, zipSync } from 'fflate';
import type { Lesson } from '../content/types';
import { LANGUAGES, type Language } from '../i18n/languages';
import { lms as en } from '../i18n/en/lms';
import { lms as es } from '../i18n/es/lms';
import { site as enSite } from '../i18n/en/site';
import { site as esSite } from '../i18n/es/site';
import { cartridge, typedNumbers } from './cc';
import type { ExportLesson, ExportWords, Format, Loss } from './common';
import { gift, giftHolds, spaced } from './gift';
import { ccKeys, compareKeys, expectedKeys, giftKeys, moodleKeys, qtiKeys, type Key } from './keys';
import { moodleXml } from './moodle';
import { qtiPackage } from './qti';
import { SPECS, sheetItems, sheetRows } from './sheets';
import { normalizeRows, readSheet, writeSheet } from './xlsx';
import { unzipSync, strFromU8 } from 'fflate';
import type { Question } from '../quiz/kinds';

export interface ExportFile {
	format: Format;
	language: Language;
	/** The lesson's slug, or null for a file of the whole course. */
	lesson: string | null;
	/** Path under the site's root, e.g. `exports/en/the-report.gift.txt`. */
	path: string;
	type: string;
	bytes: Uint8Array;
}

export interface CourseExports {
	files: ExportFile[];
	losses: Loss[];
}

const WORDS = { en: en.words, es: es.words } satisfies Record<Language, ExportWords & { quiz: string }>;
const TITLES = { en: enSite.name, es: esSite.name } satisfies Record<Language, string>;

const MTIME = new Date('2026-01-01T00:00:00Z');
const zip = (files: Record<string, string>) =>
	zipSync(
		Object.fromEntries(
			// The manifest first, as some importers expect.
			Object.entries(files)
				.sort(([a], [b]) => (a === 'imsmanifest.xml' ? -1 : b === 'imsmanifest.xml' ? 1 : a.localeCompare(b)))
				.map(([name, text]) => [name, strToU8(text)])
		),
		{ level: 9, mtime: MTIME }
	);

export const toExportLesson = (lesson: Lesson, language: Language, origin: string): ExportLesson => ({
	slug: lesson.slug,
	title: lesson.title,
	summary: lesson.summary,
	language,
	url: `${origin}${language === 'en' ? '' : `/${language}`}/lessons/${lesson.slug}`,
	questions: lesson.quiz.questions
});

const EXTENSIONS: Record<Format, string> = {
	cc: 'imscc',
	qti: 'qti21.zip',
	moodle: 'moodle.xml',
	gift: 'gift.txt',
	kahoot: 'kahoot.xlsx',
	quizizz: 'quizizz.xlsx',
	blooket: 'blooket.csv'
};

/** `course.<ext>` for a file of the whole course, `<slug>.<ext>` for one lesson's. */
export const fileName = (format: Format, slug: string | null) => `${slug ?? 'course'}.${EXTENSIONS[format]}`;

/** Formats with a file per lesson; every format but the review sheets also has one for the course. */
export const PER_LESSON: readonly Format[] = ['moodle', 'gift', 'kahoot', 'quizizz', 'blooket'];
export const PER_COURSE: readonly Format[] = ['cc', 'qti', 'moodle', 'gift'];

const TYPES: Record<Format, string> = {
	cc: 'application/zip',
	qti: 'application/zip',
	moodle: 'application/xml',
	gift: 'text/plain; charset=utf-8',
	kahoot: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	quizizz: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	blooket: 'text/csv; charset=utf-8'
};

/** Every file for one language, each read back and checked. */
export async function buildExports(course: ExportLesson[], language: Language): Promise<CourseExports> {
	const words = WORDS[language];
	const files: ExportFile[] = [];
	const losses: Loss[] = [];
	const add = (format: Format, lesson: string | null, bytes: Uint8Array) =>
		files.push({
			format,
			language,
			lesson,
			path: `exports/${language}/${fileName(format, lesson)}`,
			type: TYPES[format],
			bytes
		});
	const keysOf = (l: ExportLesson, how: Parameters<typeof expectedKeys>[3]) =>
		l.questions.flatMap((q) => expectedKeys(l, q, words, how));

	// Common Cartridge: one per language.
	const cc = cartridge(course, { ...words, courseTitle: TITLES[language] }, language);
	losses.push(...cc.losses);
	const ccZip = zip(cc.files);
	checkCartridge(ccZip, course, words);
	add('cc', null, ccZip);

	// QTI 2.1: one package per language.
	const qti = qtiPackage(course, words, language);
	losses.push(...qti.losses);
	const qtiZip = zip(qti.files);
	const qtiFiles = unzipSync(qtiZip);
	for (const l of course) {
		compareKeys(
			`QTI ${language} ${l.slug}`,
			keysOf(l, { order: 'sequence', match: 'pairs', numeric: 'range' }),
			qtiKeys(qtiFiles, l)
		);
	}
	add('qti', null, qtiZip);

	const places = { order: 'places', match: 'pairs', numeric: 'range' } as const;
	// GIFT leaves out (and reports) the questions it cannot hold.
	const giftKeysOf = (l: ExportLesson) =>
		l.questions.filter(giftHolds).flatMap((q) => expectedKeys(l, q, words, places));
	const moodleParts: string[] = [];
	const giftParts: string[] = [];
	for (const l of course) {
		const m = moodleXml(l, words);
		losses.push(...m.losses);
		compareKeys(`Moodle XML ${language} ${l.slug}`, keysOf(l, places), moodleKeys(m.text, words));
		add('moodle', l.slug, strToU8(m.text));
		moodleParts.push(m.text.slice(m.text.indexOf('<quiz>\n') + 7, m.text.lastIndexOf('</quiz>')));

		const g = gift(l, words);
		losses.push(...g.losses);
		compareKeys(`GIFT ${language} ${l.slug}`, giftKeysOf(l), giftKeys(g.text, words), spaced);
		add('gift', l.slug, strToU8(g.text));
		giftParts.push(g.text);

		for (const spec of Object.values(SPECS)) {
			const { items, losses: lost } = sheetItems(l, spec, words);
			losses.push(...lost);
			const rows = sheetRows(spec, items);
			const bytes = await writeSheet(spec, rows, l.title);
			await checkSheet(spec, bytes, rows, l, items, words);
			add(spec.format, l.slug, bytes);
		}
	}
	// The whole course in one Moodle XML and one GIFT file (a category per lesson), checked the same way.
	const allKeys = course.flatMap((l) => keysOf(l, places));
	const allGiftKeys = course.flatMap(giftKeysOf);
	const moodleCourse = `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${moodleParts.join('')}</quiz>\n`;
	compareKeys(`Moodle XML ${language} course`, allKeys, moodleKeys(moodleCourse, words));
	add('moodle', null, strToU8(moodleCourse));
	const giftCourse = giftParts.join('\n');
	compareKeys(`GIFT ${language} course`, allGiftKeys, giftKeys(giftCourse, words), spaced);
	add('gift', null, strToU8(giftCourse));
	return { files, losses };
}

function checkCartridge(bytes: Uint8Array, course: ExportLesson[], words: ExportWords) {
	const files = unzipSync(bytes);
	if (!files['imsmanifest.xml']) throw new Error('Common Cartridge: no imsmanifest.xml');
	for (const l of course) {
		const text = files[`${l.slug}/assessment.xml`];
		if (!text) throw new Error(`Common Cartridge: ${l.slug}'s assessment is missing`);
		const read = ccKeys(strFromU8(text));
		const expected = keysOf(l);
		compareKeys(
			`Common Cartridge ${l.language} ${l.slug}`,
			expected,
			read.keys.map((k) => numericKey(l, k, read.accepted))
		);
	}
	function keysOf(l: ExportLesson) {
		return l.questions.flatMap((q) =>
			expectedKeys(l, q, words, { order: 'sequence', match: 'split', numeric: 'typed' })
		);
	}
}

/** A numeric question's typed answers, read back: each must lie within the tolerance, the exact answer among them. */
function numericKey(l: ExportLesson, key: Key, accepted: Map<string, string[]>): Key {
	const q = l.questions.find((x) => `${l.slug}/${x.id}` === key.id) as Question | undefined;
	if (!q || q.kind !== 'numeric') return key;
	const typed = accepted.get(key.id) ?? [];
	const read = (s: string) =>
		Number(/^-?\d{1,3}([.,]\d{3})+$/.test(s) ? s.replace(/[.,]/g, '') : s.replace(',', '.'));
	const ok =
		typed.every((s) => Math.abs(read(s) - q.answer) <= q.tolerance) && typed.includes(String(q.answer));
	if (!ok || JSON.stringify(typed) !== JSON.stringify(typedNumbers(q).accepted)) {
		throw new Error(
			`Common Cartridge: ${key.id} accepts ${JSON.stringify(typed)}, the quiz says ${q.answer} ± ${q.tolerance}`
		);
	}
	return { id: key.id, right: [`${q.answer} ± ${q.tolerance}`] };
}

async function checkSheet(
	spec: (typeof SPECS)[keyof typeof SPECS],
	bytes: Uint8Array,
	rows: ReturnType<typeof sheetRows>,
	l: ExportLesson,
	items: ReturnType<typeof sheetItems>['items'],
	words: ExportWords
) {
	const where = `${spec.format} ${l.language} ${l.slug}`;
	const csv = spec.format === 'blooket';
	const read = normalizeRows(await readSheet(spec, bytes), csv);
	const meant = normalizeRows(rows, csv);
	if (read.length !== meant.length)
		throw new Error(`${where}: ${read.length} rows read back, ${meant.length} written`);
	meant.forEach((row, r) => {
		const got = read[r]!;
		if (JSON.stringify(got) !== JSON.stringify(row)) {
			throw new Error(
				`${where}: row ${r + 1} reads back as ${JSON.stringify(got)}, not ${JSON.stringify(row)}`
			);
		}
	});
	// The template's columns, as published.
	if (JSON.stringify(read[spec.headerRow - 1]) !== JSON.stringify(normalizeRows([spec.header], csv)[0])) {
		throw new Error(`${where}: the header row is not the template's`);
	}
	// Each item's right answers are the quiz's (shortened only where the format forced it), within
	// the tool's limits: answers, characters, time.
	const body = read.slice(spec.headerRow);
	body.forEach((row) => {
		const question = String(row[spec.format === 'quizizz' ? 0 : 1]);
		const answers = row
			.slice(2, 2 + spec.maxAnswers)
			.filter((c) => c !== null)
			.map(String);
		const time = Number(row[spec.format === 'quizizz' ? 8 : 6]);
		const problem =
			answers.length < spec.minAnswers || answers.length > spec.maxAnswers
				? `${answers.length} answers`
				: spec.questionLength !== null && [...question].length > spec.questionLength
					? `a question of ${[...question].length} characters`
					: spec.answerLength !== null && answers.some((a) => [...a].length > spec.answerLength!)
						? 'an answer over the length limit'
						: !spec.times.includes(time)
							? `a time limit of ${time} s`
							: null;
		if (problem)
			throw new Error(`${where}: "${question}" has ${problem}, which ${spec.format} does not take`);
	});
	const answerCol = spec.format === 'quizizz' ? 2 : 2;
	const correctCol = spec.format === 'quizizz' ? 7 : 7;
	const expected = new Map(
		l.questions
			.flatMap((q) => expectedKeys(l, q, words, { order: 'sequence', match: 'pairs', numeric: 'range' }))
			.map((k) => [k.id, k])
	);
	body.forEach((row, i) => {
		const item = items[i]!;
		const want = expected.get(item.id);
		if (!want) throw new Error(`${where}: ${item.id} is not a question of the lesson`);
		const answers = row
			.slice(answerCol, answerCol + spec.maxAnswers)
			.map((c) => (c === null ? null : String(c)));
		const right = String(row[correctCol])
			.split(',')
			.map((n) => answers[Number(n) - 1]);
		const full = want.right.map((t) => t.replace(/\s+/g, ' ').trim());
		const matches =
			right.length === full.length &&
			[...right].sort().every((r, k) => {
				const w = [...full].sort()[k]!;
				return r === w || (r !== null && r !== undefined && r.endsWith('…') && w.startsWith(r.slice(0, -1)));
			});
		if (!matches)
			throw new Error(
				`${where}: ${item.id}'s right answers read back as ${JSON.stringify(right)}, the quiz says ${JSON.stringify(want.right)}`
			);
	});
}

let built: Promise<Record<Language, CourseExports>> | undefined;

/** The course's exports in every language, built once (the endpoint and the pages share them). */
export function courseExports(
	lessonsIn: (l: Language) => Lesson[],
	origin: string
): Promise<Record<Language, CourseExports>> {
	return (built ??= (async () => {
		const out = {} as Record<Language, CourseExports>;
		for (const language of LANGUAGES) {
			out[language] = await buildExports(
				lessonsIn(language).map((l) => toExportLesson(l, language, origin)),
				language
			);
		}
		return out;
	})());
}
