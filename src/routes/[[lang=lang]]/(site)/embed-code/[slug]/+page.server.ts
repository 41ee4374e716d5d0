import { error } from '@sveltejs/kit';
import { islandAssets } from '$lib/server/islands';
import { languageOf } from '$lib/i18n/languages';
import { lessonEntries } from '$lib/server/entries';
import { getLesson } from '$lib/server/lessons';

// "Share or embed this lesson's quiz", linked from every lesson page: the embed panel alone, on a
// page with no answers (the teacher copy, with the keys, is at /teach/<slug>). No SvelteKit client:
// the panel is the page's one island, from the script /teach pages use (none of it is loaded by a
// lesson or an embed).
export const csr = false;

export const entries = lessonEntries;

export function load({ params }) {
	const lang = languageOf(params);
	const lesson = getLesson(params.slug, lang);
	if (!lesson) error(404, 'No such lesson');
	return {
		slug: lesson.slug,
		title: lesson.title,
		passMark: lesson.quiz.passMark,
		lang,
		island: islandAssets('teach', lang)
	};
}
