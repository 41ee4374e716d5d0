import { stringsFor } from '$lib/i18n/all';
import { languageOf } from '$lib/i18n/languages';
import { lessonsIn } from '$lib/server/lessons';
import { lessonInfo, lessonKeys } from '$lib/teach/site';

// What codes are checked against and the analysis names: per lesson its title and, per question,
// the id, prompt, kind, most points and (choice questions) the options and the key as a pick, so
// each code is scored again from its picks; and, for the item analysis, each choice question's key
// and explanation: this is a teacher page, and the keys are in the site's code anyway (the quiz
// scores in the browser).
export function load({ params }) {
	const lang = languageOf(params);
	const lessons = lessonsIn(lang);
	return {
		lessons: lessons.map((l) => lessonInfo(l, stringsFor(lang).quiz.words)),
		keys: lessons.flatMap((l) => lessonKeys(l))
	};
}
