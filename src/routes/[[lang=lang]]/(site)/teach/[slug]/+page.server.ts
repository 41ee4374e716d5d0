import { error } from '@sveltejs/kit';
import { islandAssets } from '$lib/server/islands';
import { languageOf } from '$lib/i18n/languages';
import { lessonEntries } from '$lib/server/entries';
import { getLesson } from '$lib/server/lessons';
import { exportEntries } from '$lib/server/exports';
import { teacherCopyOf } from '../printable';

// A page to print: no SvelteKit client and no hydration data; the print button's script and the
// embed panel's island.
export const csr = false;

export const entries = lessonEntries;

export async function load({ params }) {
	const lang = languageOf(params);
	const lesson = getLesson(params.slug, lang);
	if (!lesson) error(404, 'No such lesson');
	return {
		lesson: teacherCopyOf(lesson, lang),
		passMark: lesson.quiz.passMark,
		island: islandAssets('teach', lang),
		lang,
		exports: await exportEntries(lesson.slug)
	};
}
