import { lessons } from '$lib/server/lessons';

export function load() {
	return { lessons: lessons.map((l) => ({ slug: l.slug, title: l.title })) };
}
