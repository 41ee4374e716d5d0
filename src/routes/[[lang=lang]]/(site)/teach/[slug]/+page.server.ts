import { error } from '@sveltejs/kit';
import { islandAssets } from '$lib/server/islands';
import { getLesson, lessons } from '$lib/server/lessons';
import { teacherCopyOf } from '../printable';

// A page to print: no SvelteKit client and no hydration data; the print button's script and the
// embed panel's island.
export const csr = false;

export function entries() {
	return lessons.map((l) => ({ slug: l.slug }));
}

export function load({ params }) {
	const lesson = getLesson(params.slug);
	if (!lesson) error(404, 'No such lesson');
	return {
		lesson: teacherCopyOf(lesson),
		passMark: lesson.quiz.passMark,
		island: islandAssets('teach')
	};
}
