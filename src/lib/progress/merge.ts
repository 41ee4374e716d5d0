// One quiz record from two versions that two tabs saved without having heard of each other, keeping
// every answer either gave. Pure; the browser store calls it when storage holds a version of the
// record this tab has not seen.
//
// Answers carry no time of their own, so the merge goes by the attempts:
// - an attempt that follows a finish the other side had not seen (more finishes counted: the other
//   tab submitted, then started over or retried) replaces the other whole; a submitted attempt is
//   final, as submitted;
// - otherwise the two are one round of the quiz (even two fresh attempts, from a lesson opened in
//   two tabs): each question answered on one side only keeps that answer, so two tabs answering
//   different questions both keep theirs; where both answered, the side changed later wins. The
//   attempt keeps the identity (seed, start, retry list) already stored, so the first tab's
//   question order holds.
// Without times per answer, an answer cleared in one tab comes back if the other tab still had it.
// The store merges only when another tab wrote in between, so in one tab a cleared answer stays
// cleared. When the record's shape changes (src/lib/progress/types.ts), this is the one place to
// adapt: times per answer would let the newer answer win question by question.
import { better } from '../quiz/record';
import type { Attempt, QuizRecord } from './types';

const sameAttempt = (a: Attempt, b: Attempt) => a.startedAt === b.startedAt && a.seed === b.seed;

/** `a` is what storage holds, `b` the version being saved; on a tie `b` wins. */
export function mergeRecords(a: QuizRecord, b: QuizRecord): QuizRecord {
	const best = a.best && b.best ? better(a.best, b.best) : (b.best ?? a.best);
	const finished = Math.max(a.finished, b.finished);
	return { attempt: mergeAttempts(a, b), best, finished };
}

function mergeAttempts(a: QuizRecord, b: QuizRecord): Attempt {
	const [x, y] = [a.attempt, b.attempt];
	const later = x.updatedAt > y.updatedAt ? x : y;
	if (!sameAttempt(x, y) && a.finished !== b.finished) return a.finished > b.finished ? x : y;
	if (x.submitted || y.submitted) {
		const final = x.submitted && y.submitted ? later : x.submitted ? x : y;
		return { ...final, updatedAt: Math.max(x.updatedAt, y.updatedAt) };
	}
	const other = later === x ? y : x;
	return {
		...later,
		seed: x.seed,
		startedAt: x.startedAt,
		only: x.only,
		responses: { ...other.responses, ...later.responses },
		// A question checked in the other tab stays checked where its answer is the one kept.
		checked: [
			...later.checked,
			...other.checked.filter((id) => !later.checked.includes(id) && !Object.hasOwn(later.responses, id))
		],
		updatedAt: Math.max(x.updatedAt, y.updatedAt)
	};
}
