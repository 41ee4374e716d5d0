import { error } from '@sveltejs/kit';
import { getLesson, lessons } from '$lib/server/lessons';
import { teacherCopyOf } from '../printable';

// A page to print: no SvelteKit client and no hydration data, only the print button's script.
export const csr = false;

export function entries() {
	return lessons.map((l) => ({ slug: l.slug }));
}

export function load({ params }) {
	const lesson = getLesson(params.slug);
	if (!lesson) error(404, 'No such lesson');
	return { lesson: teacherCopyOf(lesson) };
}
