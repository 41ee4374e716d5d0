// What ./deferred.svelte.ts loads on demand: one file, so the parts arrive together.
import { t } from '../../i18n';
import type { Question, Response } from '../../quiz/kinds';
import { closeSpelling } from '../../quiz/close-spelling';

export { default as Feedback } from '../questions/Feedback.svelte';
export { default as Mark } from '../questions/Mark.svelte';
export { default as Pager } from './Pager.svelte';
export { default as QuizNav } from './QuizNav.svelte';
export { default as QuizResults } from './QuizResults.svelte';
export { default as SubmitBar } from './SubmitBar.svelte';
export { default as NumberHelp } from '../questions/NumberHelp.svelte';

/**
 * For the announcement of a check: "Close enough: the spelling is …" and a space, when a typed
 * answer is right as a minor misspelling; '' otherwise. Here, so its code and text are deferred too.
 */
export function closeEnough(q: Question, r: Response | undefined): string {
	const spelling = q.kind === 'text' && r?.kind === 'text' ? closeSpelling(q, r.value) : null;
	return spelling === null ? '' : `${t.review.closeEnough(spelling)} `;
}
