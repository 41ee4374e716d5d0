// The query options of /embed/<slug>: ?reading=1&mode=test&attempts=2&review=after-last&passMark=80
// &layout=scroll&theme=dark. Read in the browser after load (pages are prerendered without a query
// string); anything unreadable falls back to the defaults rather than failing in front of a learner.
import type { Layout } from '../components/quiz/layout';
import { MODES, REVIEWS, type Mode, type Review } from '../quiz/session';

export type { Mode };

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

export interface EmbedOptions {
	/** Show the lesson's reading above the quiz. */
	reading: boolean;
	mode: Mode;
	/** Percent needed to pass, 0 to 100; undefined: the lesson's own. */
	passMark?: number;
	/** Attempts a learner may finish; null: no limit. A test allows one unless the host says more. */
	attempts: number | null;
	/** Test mode: when the review shows the right answers. */
	review: Review;
	layout: Layout;
	/** Light unless the host asks: most course pages are light, whatever the reader's setting. */
	theme: Theme;
}

const YES = new Set(['1', 'true', 'yes', 'on', '']);
const MAX_ATTEMPTS = 20;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
	list.find((x) => x === value?.trim().toLowerCase());

export function parseEmbedOptions(search: string | URLSearchParams): EmbedOptions {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const reading = params.get('reading');
	const mode = oneOf(MODES, params.get('mode')) ?? 'practice';
	const options: EmbedOptions = {
		reading: reading !== null && YES.has(reading.trim().toLowerCase()),
		mode,
		attempts: mode === 'test' ? 1 : null,
		review: mode === 'test' ? 'after-last' : 'always',
		layout: oneOf(['paged', 'scroll'] as const, params.get('layout')) ?? 'paged',
		theme: oneOf(THEMES, params.get('theme')) ?? 'light'
	};
	const mark = params.get('passMark')?.trim();
	if (mark && /^\d{1,3}$/.test(mark) && Number(mark) <= 100) options.passMark = Number(mark);
	const attempts = params.get('attempts')?.trim().toLowerCase();
	if (attempts === 'unlimited') options.attempts = null;
	else if (attempts && /^\d{1,4}$/.test(attempts) && Number(attempts) >= 1)
		options.attempts = Math.min(MAX_ATTEMPTS, Number(attempts));
	options.review = oneOf(REVIEWS, params.get('review')) ?? options.review;
	return options;
}

/** The query string for a set of options, for the embed snippet: only what differs from the defaults. */
export function embedQuery(options: Partial<EmbedOptions>): string {
	const defaults = parseEmbedOptions(options.mode ? `mode=${options.mode}` : '');
	const params = new URLSearchParams();
	if (options.reading) params.set('reading', '1');
	if (options.mode && options.mode !== 'practice') params.set('mode', options.mode);
	if (options.attempts !== undefined && options.attempts !== defaults.attempts)
		params.set('attempts', options.attempts === null ? 'unlimited' : String(options.attempts));
	if (options.review && options.review !== defaults.review) params.set('review', options.review);
	if (options.passMark !== undefined) params.set('passMark', String(options.passMark));
	if (options.layout && options.layout !== defaults.layout) params.set('layout', options.layout);
	if (options.theme && options.theme !== defaults.theme) params.set('theme', options.theme);
	const query = params.toString();
	return query ? `?${query}` : '';
}
