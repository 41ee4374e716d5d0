import { error } from '@sveltejs/kit';
import { languageOf } from '$lib/i18n/languages';
import { lessonEntries } from '$lib/server/entries';
import { getLesson } from '$lib/server/lessons';
import { worksheetOf } from '../../printable';

// A page to print: no SvelteKit client and no hydration data, only the print button's script. The
// data is shaped here, so the answers are not in the page's data file either.
export const csr = false;

export const entries = lessonEntries;

export function load({ params }) {
	const lang = languageOf(params);
	const lesson = getLesson(params.slug, lang);
	if (!lesson) error(404, 'No such lesson');
	return { lesson: worksheetOf(lesson, lang) };
}
