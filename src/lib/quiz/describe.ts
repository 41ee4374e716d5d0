// A response and a question's key, said in words, and the kind of mistake a wrong answer is: for the
// feedback, the review, the answer key and the worksheet (never before the learner has acted, so
// lesson and embed pages load this with the parts loaded on demand).
import { engineOf, type Question, type Response } from './kinds';
import type { Mistake, Words } from './kinds/kind';
import { reviewOf } from './kinds/review';

export type { Words };

/** The learner's response in words, or null when it says nothing about this question. */
export function describe(q: Question, r: unknown, words: Words): string | null {
	return engineOf(q).isResponse(r) ? reviewOf(q).describe(q, r, words) : null;
}

/** The right answer in words. */
export function describeKey(q: Question, words: Words): string {
	const review = reviewOf(q);
	return review.describeKey?.(q, words) ?? review.describe(q, engineOf(q).key(q), words) ?? '';
}

/** Practice: what kind of mistake a wrong answer is, where the kind can say without giving it away. */
export function mistake(q: Question, r: Response | undefined): Mistake | null {
	return engineOf(q).isResponse(r) ? reviewOf(q).mistake(q, r) : null;
}
