// Which areas of the interface text a page of the Kit client loads, by its path or route id. Plain
// JavaScript: the root layout asks it what to fetch (./index.ts), and the offline manifest what to
// cache with each page (svelte.config.js), so the two cannot disagree.

/** @typedef {'site' | 'quiz' | 'review' | 'progress' | 'teach' | 'embed' | 'offline'} Area */

/** @type {Area[]} */
export const AREAS = ['site', 'quiz', 'review', 'progress', 'teach', 'embed', 'offline'];

/**
 * Every page shows the site's frame, saved progress and offline saving; the teacher's pages and a
 * learner's assignment use the rest.
 * @param {string | null | undefined} path a URL path or a route id
 * @returns {Area[]}
 */
export function areasFor(path) {
	return /\/(assignment|teach)(\/|$)/.test(path ?? '') ? AREAS : ['site', 'progress', 'offline'];
}

/**
 * The language and area of a text module, by source path (`src/lib/i18n/es/quiz.ts`), or null.
 * @param {string} source
 * @returns {{ language: string, area: string } | null}
 */
export function textModule(source) {
	const match = /(?:^|\/)src\/lib\/i18n\/([a-z]{2})\/([a-z]+)\.ts$/.exec(source);
	return match && /** @type {string[]} */ (AREAS).includes(match[2] ?? '')
		? { language: match[1] ?? '', area: match[2] ?? '' }
		: null;
}
