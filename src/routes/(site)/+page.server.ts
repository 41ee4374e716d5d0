import { lessons, summarize } from '$lib/server/lessons';

export function load() {
	return { lessons: lessons.map(summarize) };
}
