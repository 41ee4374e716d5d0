import { error } from '@sveltejs/kit';
import { getLesson, lessons } from '$lib/server/lessons';
import { worksheetOf } from '../../printable';

// A page to print: no SvelteKit client and no hydration data, only the print button's script. The
// data is shaped here, so the answers are not in the page's data file either.
export const csr = false;

export function entries() {
	return lessons.map((l) => ({ slug: l.slug }));
}

export function load({ params }) {
	const lesson = getLesson(params.slug);
	if (!lesson) error(404, 'No such lesson');
	return { lesson: worksheetOf(lesson) };
}
