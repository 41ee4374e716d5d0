// The quiz's two layouts, and what each question's dot in the paged player says.
import type { Question } from '../../quiz/kinds';
import type { Attempt, Mode } from '../../quiz/record';
import { score } from '../../quiz/score';
import { checkStands, hasAnswer } from '../../quiz/session';

/** One question at a time (the paged player), or every question on one page. */
export const LAYOUTS = ['paged', 'scroll'] as const;
export type Layout = (typeof LAYOUTS)[number];

export type DotState = 'unanswered' | 'answered' | 'right' | 'partial' | 'wrong' | 'tryAgain' | 'shown';

export function dotState(q: Question, a: Attempt, mode: Mode, finished: boolean, showKey: boolean): DotState {
	const r = a.responses[q.id];
	if (mode === 'practice') {
		if (a.revealed.includes(q.id)) return 'shown';
		if (a.checked.includes(q.id)) return 'right';
		if (checkStands(a, q.id)) return 'tryAgain';
	} else if (finished && showKey) {
		const s = score(q, r).status;
		return s === 'correct' ? 'right' : s === 'partial' ? 'partial' : 'wrong';
	}
	return hasAnswer(q, r) ? 'answered' : 'unanswered';
}

/**
 * For the pages' <noscript>: without JavaScript the paged player never starts, so every question
 * shows and the player's own screens do not. Attribute selectors, not Svelte's scoped classes.
 */
export const NOSCRIPT_STYLE =
	'[data-quiz-card][hidden]{display:block!important}[data-quiz-intro],[data-quiz-nav]{display:none!important}';

/** The <noscript> element for a page's <head> (kept out of .svelte files, whose style tags it is not). */
export const NOSCRIPT_HTML = `<noscript><style>${NOSCRIPT_STYLE}</style></noscript>`;
