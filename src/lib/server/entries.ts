// Prerender entries for pages with a lesson in their path, in every language: `{ slug }` for the
// English page, `{ lang, slug }` for each other edition's (/es/lessons/<slug>…).
import { DEFAULT_LANGUAGE, LANGUAGES } from '$lib/i18n/languages';
import { lessons } from './lessons';

export function lessonEntries(): { lang?: string; slug: string }[] {
	return LANGUAGES.flatMap((language) =>
		lessons.map((l) => (language === DEFAULT_LANGUAGE ? { slug: l.slug } : { lang: language, slug: l.slug }))
	);
}
