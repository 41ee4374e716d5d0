import { error } from '@sveltejs/kit';
import { languageOf } from '$lib/i18n/languages';
import { lessonEntries } from '$lib/server/entries';
import { getLesson } from '$lib/server/lessons';
import { exportEntries } from '$lib/server/exports';
import { teacherCopyOf } from '../printable';

// A page to print: no SvelteKit client and no hydration data; only the print button's script. The
// embed panel has a page of its own, with no answers (/embed-code/<slug>).
export const csr = false;

export const entries = lessonEntries;

export async function load({ params }) {
	const lang = languageOf(params);
	const lesson = getLesson(params.slug, lang);
	if (!lesson) error(404, 'No such lesson');
	return {
		lesson: teacherCopyOf(lesson, lang),
		lang,
		exports: await exportEntries(lesson.slug)
	};
}
