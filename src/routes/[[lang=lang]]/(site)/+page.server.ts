import { languageOf } from '$lib/i18n/languages';
import { lessonsIn, summarize } from '$lib/server/lessons';

export function load({ params }) {
	// Question ids let the course page count answers to the current questions only.
	return {
		lessons: lessonsIn(languageOf(params)).map((l) => ({
			...summarize(l),
			questions: l.quiz.questions.map((q) => ({ id: q.id, kind: q.kind }))
		}))
	};
}
