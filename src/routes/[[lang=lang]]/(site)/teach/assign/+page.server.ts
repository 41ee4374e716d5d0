import { lessons } from '$lib/server/lessons';
import { DEFAULT_PASS_MARK } from '$lib/quiz/schema';

export function load() {
	return {
		lessons: lessons.map((l) => ({ slug: l.slug, title: l.title, questions: l.quiz.questions.length })),
		passMark: DEFAULT_PASS_MARK
	};
}
