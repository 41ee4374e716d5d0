import { error } from '@sveltejs/kit';
import { getLesson, lessons, summarize } from '$lib/server/lessons';
import { islandAssets } from '$lib/server/islands';

export function entries() {
	return lessons.map((l) => ({ slug: l.slug }));
}

export function load({ params }) {
	const lesson = getLesson(params.slug);
	if (!lesson) error(404, 'No such lesson');
	const i = lessons.indexOf(lesson);
	const neighbour = (l: (typeof lessons)[number] | undefined) =>
		l && { slug: l.slug, title: l.title };
	return {
		lesson,
		previous: neighbour(lessons[i - 1]),
		next: neighbour(lessons[i + 1]),
		summary: summarize(lesson),
		island: islandAssets('lesson')
	};
}
