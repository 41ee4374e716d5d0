import { languageOf } from '$lib/i18n/languages';
import { lessonsIn } from '$lib/server/lessons';

// Every lesson's quiz is in the page: which ones are assigned is only known in the browser, from
// the link. Answers are scored in the browser anyway, so the keys are no secret here.
export function load({ params }) {
	return {
		lessons: lessonsIn(languageOf(params)).map((l) => ({
			slug: l.slug,
			title: l.title,
			summary: l.summary,
			quiz: l.quiz,
			diagrams: l.diagrams
		}))
	};
}
