// What ./deferred.svelte.ts loads on demand: one file, so the parts arrive together.
import { t } from '../../i18n';
import type { Question, Response } from '../../quiz/kinds';
import { closeSpelling } from '../../quiz/close-spelling';
import type { Score } from '../../quiz/score';
import type { CheckOutcome } from '../../quiz/session';

export { default as Feedback } from '../questions/Feedback.svelte';
export { default as Mark } from '../questions/Mark.svelte';
export { default as MatchMark } from '../questions/MatchMark.svelte';
export { default as PartMark } from '../questions/PartMark.svelte';
export { default as PlaceMark } from '../questions/PlaceMark.svelte';
export { default as Pager } from './Pager.svelte';
export { default as QuizNav } from './QuizNav.svelte';
export { default as QuizResults } from './QuizResults.svelte';
export { default as SubmitBar } from './SubmitBar.svelte';
export { default as NumberHelp } from '../questions/NumberHelp.svelte';

/**
 * What the status line says after a check: the verdict, with the points and why once the question
 * is done ("Close enough: the spelling is …" before them when a typed answer is right as a minor
 * misspelling) and, when it finished a paged quiz (`last`), where the result is. Here, so its code
 * and text come with the parts that show the same feedback.
 */
export function checkSaid(
	q: Question,
	r: Response | undefined,
	outcome: CheckOutcome,
	s: Score,
	last: boolean
): string {
	const words = t.review;
	const spelling = q.kind === 'text' && r?.kind === 'text' ? closeSpelling(q, r.value) : null;
	return finished(
		outcome === 'right'
			? `${words.correct} ${spelling === null ? '' : `${words.closeEnough(spelling)} `}${words.points(s.earned, s.max)} ${q.explanation}`
			: outcome === 'try-again'
				? `${words.incorrect} ${words.tryAgainHint}`
				: `${words.incorrect} ${revealSaid(q, false)}`,
		last
	);
}

/** What the status line says after "Show answer" (and, as `checkSaid`, where the result is). */
export const revealSaid = (q: Question, last: boolean): string =>
	finished(`${t.review.shownHint} ${q.explanation}`, last);

/** The note above a retry of the missed questions (its words come with the parts). */
export const retrying = (n: number): string => t.review.retrying(n);

const finished = (text: string, last: boolean) => (last ? `${text} ${t.review.lastDone}` : text);
