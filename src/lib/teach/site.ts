// The site's lessons as the class results page needs them to check codes and count choices: per
// question its id, prompt, kind, most points and, for choice questions, its options. No answers and
// no explanations: the page does not need them. Used at build time (+page.server.ts) and in tests.
import type { Quiz } from '../quiz/schema';
import { maxPoints } from '../quiz/score';
import type { LessonInfo } from './checks';
import { optionsOf } from './picks';

export function lessonInfo(
	lesson: { slug: string; title: string; quiz: Quiz },
	words: { true: string; false: string }
): LessonInfo {
	return {
		slug: lesson.slug,
		title: lesson.title,
		questions: lesson.quiz.questions.map((q) => ({
			id: q.id,
			prompt: q.prompt,
			kind: q.kind,
			max: maxPoints(q),
			options: optionsOf(q, words)
		}))
	};
}
