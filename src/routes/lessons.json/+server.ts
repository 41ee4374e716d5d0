// The machine-readable course index described in DESIGN.md: each lesson (English first, as it
// always was) with its pages in every other language under `editions`, and the languages with
// each edition's course page.
import { json } from '@sveltejs/kit';
import { DEFAULT_LANGUAGE, LANGUAGES, NATIVE_NAMES, type Language } from '$lib/i18n/languages';
import { lessonsIn, summarize } from '$lib/server/lessons';
import { exportEntries, type ExportEntry } from '$lib/server/exports';

export const prerender = true;

const prefix = (lang: Language) => (lang === DEFAULT_LANGUAGE ? '' : `/${lang}`);
const others = LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE);

/** A file for an LMS or a review game (src/lib/exports): its format, language and size. */
const listed = (e: ExportEntry) => ({
	format: e.format,
	language: e.language,
	lesson: e.lesson,
	url: `/${e.path}`,
	bytes: e.bytes
});

export async function GET() {
	const files = await exportEntries();
	return json({
		// The whole course's files (Common Cartridge, QTI, Moodle XML, GIFT) in every language; each
		// lesson lists its own under `exports`.
		exports: files.filter((e) => e.lesson === null).map(listed),
		languages: LANGUAGES.map((code) => ({ code, name: NATIVE_NAMES[code], url: `${prefix(code)}/` })),
		lessons: lessonsIn(DEFAULT_LANGUAGE).map((lesson) => {
			const { slug, title, summary, minutes, objectives, questionCount, questionKinds } = summarize(lesson);
			return {
				slug,
				title,
				summary,
				minutes,
				objectives,
				questionCount,
				questionKinds,
				url: `/lessons/${slug}`,
				embedUrl: `/embed/${slug}`,
				exports: files.filter((e) => e.lesson === slug).map(listed),
				editions: Object.fromEntries(
					others.map((lang) => {
						const other = lessonsIn(lang).find((l) => l.slug === slug)!;
						return [
							lang,
							{
								title: other.title,
								summary: other.summary,
								url: `${prefix(lang)}/lessons/${slug}`,
								embedUrl: `${prefix(lang)}/embed/${slug}`
							}
						];
					})
				)
			};
		})
	});
}
