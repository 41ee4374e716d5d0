// The quiz alone, for iframes: only what the quiz needs, none of the lesson page's frame.
import { error } from '@sveltejs/kit';
import { getLesson, lessons } from '$lib/server/lessons';
import { islandAssets } from '$lib/server/islands';

export function entries() {
	return lessons.map((l) => ({ slug: l.slug }));
}

export function load({ params }) {
	const lesson = getLesson(params.slug);
	if (!lesson) error(404, 'No such lesson');
	return {
		slug: lesson.slug,
		title: lesson.title,
		quiz: lesson.quiz,
		diagrams: lesson.diagrams,
		island: islandAssets('embed')
	};
}
