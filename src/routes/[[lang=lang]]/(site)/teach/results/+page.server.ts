import { stringsFor } from '$lib/i18n/all';
import { languageOf } from '$lib/i18n/languages';
import { lessonsIn } from '$lib/server/lessons';
import { lessonInfo } from '$lib/teach/site';

// What codes are checked against and the analysis names: per lesson its title and, per question,
// the id, prompt, kind, most points and (choice questions) the options and the key as a pick, so
// each code is scored again from its picks. No explanations; a teacher's page (keys are on /teach).
export function load({ params }) {
	const lang = languageOf(params);
	return { lessons: lessonsIn(lang).map((l) => lessonInfo(l, stringsFor(lang).quiz.words)) };
}
