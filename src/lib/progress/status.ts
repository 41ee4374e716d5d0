// What the course page says about each lesson, worked out from saved records. Pure functions.
import { isAnswered, type Kind } from '../quiz/kinds';
import { best, first } from '../quiz/record';
import type { AttemptResult, QuizRecord } from './types';

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
	/** The best finished attempt, and the first (before any retry: what the learner knew). */
	best: AttemptResult | null;
	first: AttemptResult | null;
}

/** Counts only the lesson's current questions, so answers to since-removed questions do not count. */
export function lessonStatus(
	record: QuizRecord | undefined,
	questions: readonly QuestionRef[]
): LessonStatus {
	const total = questions.length;
	if (!record) return { state: 'not-started', answered: 0, total, best: null, first: null };
	const answered = record.attempt.submitted
		? 0
		: questions.filter((q) => isAnswered(q.kind, record.attempt.responses[q.id])).length;
	const done = record.history.length > 0;
	const state: LessonState = answered > 0 ? 'in-progress' : done ? 'finished' : 'not-started';
	return { state, answered, total, best: best(record), first: first(record) };
}

/** Lessons finished at least once, of all. */
export function courseProgress(
	lessons: readonly { slug: string }[],
	records: Readonly<Record<string, QuizRecord>>
): { done: number; of: number } {
	return {
		done: lessons.filter((l) => (records[l.slug]?.history.length ?? 0) > 0).length,
		of: lessons.length
	};
}

/**
 * Where "Continue" goes: the first lesson not yet finished, in course order (a lesson left half done
 * is among them). `started` is false when nothing is saved for any lesson (then it is a start);
 * null when every lesson is finished.
 */
export function continueTarget(
	lessons: readonly { slug: string; questions: readonly QuestionRef[] }[],
	records: Readonly<Record<string, QuizRecord>>
): { slug: string; started: boolean } | null {
	const started = lessons.some((l) => records[l.slug]);
	const next = lessons.find((l) => (records[l.slug]?.history.length ?? 0) === 0);
	return next ? { slug: next.slug, started } : null;
}
