// What the course page says about each lesson, worked out from saved records. Pure functions.
import type { Response } from '../quiz/schema';
import type { Best, QuizRecord } from './types';

export type LessonState = 'not-started' | 'in-progress' | 'finished';

export interface LessonStatus {
	state: LessonState;
	answered: number;
	total: number;
	best: Best | null;
}

/** True when a response holds an actual answer (an emptied text box or an unticked list does not). */
export function isAnswered(r: Response | undefined): boolean {
	if (!r) return false;
	switch (r.kind) {
		case 'single':
			return r.choice !== '';
		case 'multiple':
			return r.choices.length > 0;
		case 'order':
			return r.order.length > 0;
		case 'match':
			return Object.values(r.pairs).some((p) => p !== '');
		case 'numeric':
			return Number.isFinite(r.value);
		case 'text':
			return r.value.trim() !== '';
		case 'evidence':
			return r.choice !== undefined && r.choice !== '';
		default:
			return true;
	}
}

/** Counts only the lesson's current questions, so answers to since-removed questions do not count. */
export function lessonStatus(record: QuizRecord | undefined, questionIds: readonly string[]): LessonStatus {
	const total = questionIds.length;
	if (!record) return { state: 'not-started', answered: 0, total, best: null };
	const answered = questionIds.filter((id) => isAnswered(record.attempt.responses[id])).length;
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
	lessons: readonly { slug: string; questionIds: readonly string[] }[],
	records: Readonly<Record<string, QuizRecord>>,
	last: string | null
): { slug: string; started: boolean } | null {
	const started = lessons.some((l) => records[l.slug]);
	if (last && records[last] && lessons.some((l) => l.slug === last)) return { slug: last, started };
	const next = lessons.find((l) => lessonStatus(records[l.slug], l.questionIds).state !== 'finished');
	return next ? { slug: next.slug, started } : null;
}
