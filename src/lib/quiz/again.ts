// What may follow a finished attempt: retrying the missed questions (practice) or starting over.
// Apart from ./session.ts because only the result panel offers them, and it arrives on demand
// (../components/quiz/deferred-parts.ts): a page's script carries them only when they can be used.
import { newAttempt, type Attempt, type Mode, type QuizRecord } from './record';
import { attemptsLeft, type Settings } from './session';
import type { Quiz } from './schema';
import { score } from './score';

/** Ids of the questions not fully right. */
export function missed(quiz: Quiz, attempt: Attempt): string[] {
	return quiz.questions
		.filter((q) => score(q, attempt.responses[q.id]).status !== 'correct')
		.map((q) => q.id);
}

const nextNumber = (record: QuizRecord) => Math.max(record.attempt.number, record.history.length) + 1;

/** Practice: a new attempt asking only the missed questions; the right answers carry over. */
export function retryMissed(record: QuizRecord, quiz: Quiz, seed?: number, now = Date.now()): QuizRecord {
	const only = missed(quiz, record.attempt);
	const keep = (id: string) => !only.includes(id) && quiz.questions.some((q) => q.id === id);
	const responses = Object.fromEntries(Object.entries(record.attempt.responses).filter(([id]) => keep(id)));
	const attempt = {
		...newAttempt(nextNumber(record), 'practice', seed, now),
		responses,
		// A kept answer is done: asked no more, and counted as it stood.
		checked: Object.keys(responses),
		only: only.length ? only : null
	};
	return { ...record, attempt };
}

/** A fresh attempt at every question, in `mode`; the history stays. */
export function startOver(record: QuizRecord, mode: Mode, seed?: number, now = Date.now()): QuizRecord {
	return { ...record, attempt: newAttempt(nextNumber(record), mode, seed, now) };
}

/**
 * The attempts allowed that bind: the fewest of today's and those each finished attempt was taken
 * under (kept with its result). So a test of one attempt, opened again by the learner as
 * `?mode=practice`, `?attempts=5` or `?attempts=unlimited&mode=TEST`, offers nothing to start
 * again. Here, with the result panel that offers "start over", so an embed's first screen does not
 * carry it.
 */
export function bound<S extends Pick<Settings, 'attempts'>>(record: QuizRecord, settings: S): S {
	let n = settings.attempts;
	for (const h of record.history)
		if (Number.isInteger(h.limit) && h.limit! > 0 && (n === null || h.limit! < n)) n = h.limit!;
	return { ...settings, attempts: n };
}

/** Attempts the learner may still start, as bound by every attempt's own limit; null: no limit. */
export const attemptsLeftBound = (record: QuizRecord, settings: Pick<Settings, 'attempts'>) =>
	attemptsLeft(record, bound(record, settings));
