// The site's lessons as the class results page needs them to check codes and count choices: per
// question its id, prompt, kind, most points and, for choice questions, its options and the pick
// that earns full marks (so each code's points are scored again from its picks); and, for the item
// analysis, each choice question's key and explanation (lessonKeys). A teacher's page: the keys are
// on /teach already, and in the site's code. Used at build time (+page.server.ts) and in tests.
import type { Quiz } from '../quiz/schema';
import { keyResponse, maxPoints } from '../quiz/score';
import type { LessonInfo } from './checks';
import type { ItemKey } from './items';
import { isChoiceKind, optionsOf, pickIds, pickOf } from './picks';

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

/**
 * Each choice question's key, for the class page's item analysis (which option is right, and the
 * question's explanation): a teacher page, and the site's code has the keys anyway (the quiz scores
 * in the browser). Kept apart from lessonInfo, which checks codes and needs none.
 */
export function lessonKeys(lesson: {
	slug: string;
	quiz: Quiz;
	teacher?: { misconceptions?: { question: string; option: string; idea: string }[] };
}): [string, ItemKey][] {
	return lesson.quiz.questions.flatMap((q): [string, ItemKey][] => {
		const pick = pickOf(q, keyResponse(q));
		if (pick === undefined) return [];
		const ideas = Object.fromEntries(
			(lesson.teacher?.misconceptions ?? []).filter((m) => m.question === q.id).map((m) => [m.option, m.idea])
		);
		return [
			[
				`${lesson.slug}/${q.id}`,
				{ keyed: pickIds(pick), why: q.explanation, ...(Object.keys(ideas).length ? { ideas } : {}) }
			]
		];
	});
}
