import { t } from '$lib/i18n';
import { lessons } from '$lib/server/lessons';
import { lessonInfo } from '$lib/teach/site';

// What codes are checked against and the analysis names: per lesson its title and, per question,
// the id, prompt, kind, most points and (choice questions) the options. No answers, no explanations.
export function load() {
	return { lessons: lessons.map((l) => lessonInfo(l, t.quiz.words)) };
}
