// A response and a question's key, said in words: for the review, the answer key and the worksheet.
import { engineOf, type Question } from './kinds';
import type { Words } from './kinds/kind';

export type { Words };

/** The learner's response in words, or null when it says nothing about this question. */
export function describe(q: Question, r: unknown, words: Words): string | null {
	const engine = engineOf(q);
	return engine.isResponse(r) ? engine.describe(q, r, words) : null;
}

/** The right answer in words. */
export function describeKey(q: Question, words: Words): string {
	const engine = engineOf(q);
	return engine.describeKey?.(q, words) ?? engine.describe(q, engine.key(q), words) ?? '';
}
