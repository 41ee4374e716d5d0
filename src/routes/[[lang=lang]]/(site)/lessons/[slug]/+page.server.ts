import { error } from '@sveltejs/kit';
import { languageOf } from '$lib/i18n/languages';
import { lessonEntries } from '$lib/server/entries';
import { getLesson, lessonsIn, summarize } from '$lib/server/lessons';
import { islandAssets } from '$lib/server/islands';

export const entries = lessonEntries;

export function load({ params }) {
	const lang = languageOf(params);
	const lessons = lessonsIn(lang);
	const lesson = getLesson(params.slug, lang);
	if (!lesson) error(404, 'No such lesson');
	const i = lessons.indexOf(lesson);
	const neighbour = (l: (typeof lessons)[number] | undefined) =>
		l && { slug: l.slug, title: l.title };
	return {
		lesson,
		previous: neighbour(lessons[i - 1]),
		next: neighbour(lessons[i + 1]),
		summary: summarize(lesson),
		island: islandAssets('lesson', lang)
	};
}
