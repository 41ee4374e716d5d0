// What the course page says about each lesson, worked out from saved records. Pure functions.
import { isAnswered, type Kind } from '../quiz/kinds';
import type { Best, QuizRecord } from './types';

/** What the course page knows of a question: enough to tell whether a saved response answers it. */
export interface QuestionRef {
	id: string;
	kind: Kind;
}

export type LessonState = 'not-started' | 'in-progress' | 'finished';

export interface LessonStatus {
	state: LessonState;
	answered: number;
	total: number;
	best: Best | null;
}

/** Counts only the lesson's current questions, so answers to since-removed questions do not count. */
export function lessonStatus(
	record: QuizRecord | undefined,
	questions: readonly QuestionRef[]
): LessonStatus {
	const total = questions.length;
	if (!record) return { state: 'not-started', answered: 0, total, best: null };
	const answered = questions.filter((q) => isAnswered(q.kind, record.attempt.responses[q.id])).length;
	const state: LessonState =
		record.attempt.submitted || (answered === 0 && record.finished > 0)
			? 'finished'
			: answered > 0
				? 'in-progress'
				: 'not-started';
	return { state, answered, total, best: record.best };
}

/**
 * Where "continue where you left off" goes: the lesson changed last, else the first lesson not
 * finished. `started` is false when nothing has been saved for any lesson (then it is a start).
 */
export function continueTarget(
	lessons: readonly { slug: string; questions: readonly QuestionRef[] }[],
	records: Readonly<Record<string, QuizRecord>>,
	last: string | null
): { slug: string; started: boolean } | null {
	const started = lessons.some((l) => records[l.slug]);
	if (last && records[last] && lessons.some((l) => l.slug === last)) return { slug: last, started };
	const next = lessons.find((l) => lessonStatus(records[l.slug], l.questions).state !== 'finished');
	return next ? { slug: next.slug, started } : null;
}
