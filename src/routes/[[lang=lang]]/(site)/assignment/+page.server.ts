import { lessons } from '$lib/server/lessons';

// Every lesson's quiz is in the page: which ones are assigned is only known in the browser, from
// the link. Answers are scored in the browser anyway, so the keys are no secret here.
export function load() {
	return {
		lessons: lessons.map((l) => ({
			slug: l.slug,
			title: l.title,
			summary: l.summary,
			quiz: l.quiz,
			diagrams: l.diagrams
		}))
	};
}
