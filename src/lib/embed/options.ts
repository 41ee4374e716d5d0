// The query options of /embed/<slug>: ?reading=1&mode=test&passMark=80. Read in the browser after
// load (pages are prerendered without a query string); anything unreadable falls back to the
// lesson's own settings rather than failing in front of a learner.

import type { Mode } from '../quiz/session';

export type { Mode };

export interface EmbedOptions {
	/** Show the lesson's reading above the quiz. */
	reading: boolean;
	mode?: Mode;
	/** Percent needed to pass, 0 to 100. */
	passMark?: number;
}

const YES = new Set(['1', 'true', 'yes', 'on', '']);

export function parseEmbedOptions(search: string | URLSearchParams): EmbedOptions {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const options: EmbedOptions = { reading: false };
	const reading = params.get('reading');
	if (reading !== null) options.reading = YES.has(reading.trim().toLowerCase());
	const mode = params.get('mode');
	if (mode === 'practice' || mode === 'test') options.mode = mode;
	const mark = params.get('passMark');
	if (mark !== null && /^\d{1,3}$/.test(mark.trim())) {
		const n = Number(mark.trim());
		if (n <= 100) options.passMark = n;
	}
	return options;
}

/** The query string for a set of options, for the embed snippet ('' when all are defaults). */
export function embedQuery(options: Partial<EmbedOptions>): string {
	const params = new URLSearchParams();
	if (options.reading) params.set('reading', '1');
	if (options.mode) params.set('mode', options.mode);
	if (options.passMark !== undefined) params.set('passMark', String(options.passMark));
	const query = params.toString();
	return query ? `?${query}` : '';
}
