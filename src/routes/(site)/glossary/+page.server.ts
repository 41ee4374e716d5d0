import { lessons } from '$lib/server/lessons';

export function load() {
	// One entry per term; a term defined in several lessons keeps its first definition and lists them all.
	const entries = new Map<
		string,
		{ term: string; definition: string; lessons: { slug: string; title: string }[] }
	>();
	for (const lesson of lessons) {
		for (const { term, definition } of lesson.terms) {
			const key = term.toLowerCase();
			const entry = entries.get(key) ?? { term, definition, lessons: [] };
			entry.lessons.push({ slug: lesson.slug, title: lesson.title });
			entries.set(key, entry);
		}
	}
	return {
		terms: [...entries.values()].sort((a, b) => a.term.localeCompare(b.term, 'en'))
	};
}
