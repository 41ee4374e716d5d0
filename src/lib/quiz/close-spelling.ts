// "Close enough: the spelling is …": the accepted answer that a right typed answer misspells. Only
// the feedback needs it, and it comes with the parts fetched on demand
// (src/lib/components/quiz/deferred-parts.ts), so it is a module of its own.
import { accepts, type Question } from './kinds/text';
import { answerKey, misspelling } from './normalize';

/** The accepted answer a right typed answer misspells, or null (exact, or wrong). */
export function closeSpelling(q: Pick<Question, 'answers' | 'mistakes'>, typed: string): string | null {
	const key = answerKey(typed);
	if (!accepts(q, typed) || q.answers.some((a) => answerKey(a) === key)) return null;
	return q.answers.find((a) => misspelling(typed, a)) ?? null;
}
