import { lessons } from '$lib/server/lessons';

// An index that prints: no SvelteKit client. Each lesson's answer key, prompts and extension are on
// its teacher copy, so this page stays small however many lessons the course has.
export const csr = false;

export function load() {
	return {
		lessons: lessons.map((l) => ({
			slug: l.slug,
			title: l.title,
			objectives: l.objectives,
			questionCount: l.quiz.questions.length
		}))
	};
}
