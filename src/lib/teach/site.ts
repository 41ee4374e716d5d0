// The site's lessons as the class results page needs them to check codes and count choices: per
// question its id, prompt, kind, most points and, for choice questions, its options and the pick
// that earns full marks (so each code's points are scored again from its picks). No explanations,
// and no keys of other kinds (the code carries no answers for them). A teacher's page: the keys are
// on /teach already. Used at build time (+page.server.ts) and in tests.
import type { Quiz } from '../quiz/schema';
import { keyResponse, maxPoints } from '../quiz/score';
import type { LessonInfo } from './checks';
import { isChoiceKind, optionsOf, pickOf } from './picks';

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
			options: optionsOf(q, words),
			key: isChoiceKind(q.kind) ? (pickOf(q, keyResponse(q)) ?? null) : null
		}))
	};
}
