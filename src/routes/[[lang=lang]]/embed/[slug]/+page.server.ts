// The quiz alone, for iframes: only what the quiz needs, none of the lesson page's frame.
import { error } from '@sveltejs/kit';
import { languageOf } from '$lib/i18n/languages';
import { lessonEntries } from '$lib/server/entries';
import { getLesson } from '$lib/server/lessons';
import { islandAssets } from '$lib/server/islands';

export const entries = lessonEntries;

export function load({ params }) {
	const lang = languageOf(params);
	const lesson = getLesson(params.slug, lang);
	if (!lesson) error(404, 'No such lesson');
	return {
		slug: lesson.slug,
		title: lesson.title,
		quiz: lesson.quiz,
		diagrams: lesson.diagrams,
		island: islandAssets('embed', lang)
	};
}
