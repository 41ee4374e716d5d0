import { languageOf } from '$lib/i18n/languages';
import { lessonsIn } from '$lib/server/lessons';
import { DEFAULT_PASS_MARK } from '$lib/quiz/schema';

export function load({ params }) {
	return {
		lessons: lessonsIn(languageOf(params)).map((l) => ({
			slug: l.slug,
			title: l.title,
			questions: l.quiz.questions.length
		})),
		passMark: DEFAULT_PASS_MARK
	};
}
