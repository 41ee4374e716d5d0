import { languageOf } from '$lib/i18n/languages';
import { lessonsIn } from '$lib/server/lessons';
import { exportEntries } from '$lib/server/exports';

// An index that prints: no SvelteKit client. Each lesson's answer key, prompts and extension are on
// its teacher copy, so this page stays small however many lessons the course has.
export const csr = false;

export async function load({ params }) {
	return {
		lang: languageOf(params),
		// The whole course's files only: each lesson's are on its teacher copy.
		exports: (await exportEntries()).filter((e) => e.lesson === null),
		lessons: lessonsIn(languageOf(params)).map((l) => ({
			slug: l.slug,
			title: l.title,
			objectives: l.objectives,
			questionCount: l.quiz.questions.length
		}))
	};
}
