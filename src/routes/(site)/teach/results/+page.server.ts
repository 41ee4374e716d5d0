import { lessons } from '$lib/server/lessons';

// Titles and question prompts, to name what the codes' slugs and question ids refer to.
export function load() {
	return {
		lessons: lessons.map((l) => ({
			slug: l.slug,
			title: l.title,
			questions: l.quiz.questions.map((q) => ({ id: q.id, prompt: q.prompt }))
		}))
	};
}
