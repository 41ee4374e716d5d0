// All interface text, one module per language and area (en/site.ts, es/quiz.ts…); components never
// hard-code words. `t` is the text of the language being shown: the root layout loads it
// (`loadLanguage`, in its load function) and sets it before any page renders (`setLanguage`), on
// the server for each prerendered page and in the browser for the page it hydrates. Safe on the
// server because a page renders synchronously, start to end, before the next one starts; server
// code that runs outside rendering takes its strings from ./all.ts instead.
//
// Each area of each language is a module loaded on demand: a page of the Kit client downloads its
// own language, and only the areas its route uses (`areasFor`). Island scripts (src/islands/) never
// carry this switch: their build pins `$lib/i18n` to one language's module (./pinned/<language>.ts,
// see ./pin-language.js), so a lesson page in English downloads only English text, and only the
// areas it reads.
import type * as en from './en';
import { AREAS, areasFor as pageAreas } from './areas.js';
import { DEFAULT_LANGUAGE, type Language } from './languages';

export type Strings = typeof en;
export type Area = keyof Strings;

type Loaders = { [A in Area]: () => Promise<Pick<Strings, A>> };
const loaders: Record<Language, Loaders> = {
	en: {
		site: () => import('./en/site'),
		quiz: () => import('./en/quiz'),
		review: () => import('./en/review'),
		progress: () => import('./en/progress'),
		teach: () => import('./en/teach'),
		embed: () => import('./en/embed'),
		offline: () => import('./en/offline')
	},
	es: {
		site: () => import('./es/site'),
		quiz: () => import('./es/quiz'),
		review: () => import('./es/review'),
		progress: () => import('./es/progress'),
		teach: () => import('./es/teach'),
		embed: () => import('./es/embed'),
		offline: () => import('./es/offline')
	}
};
/** The areas a route's page needs (./areas.js); the server's render may need any. */
export const areasFor = (routeId: string | null): Area[] =>
	import.meta.env.SSR ? AREAS : pageAreas(routeId);

const strings: Record<Language, Partial<Strings>> = { en: {}, es: {} };
let current: Language = DEFAULT_LANGUAGE;

/** Fetches the areas of a language's text that are not here yet. */
export async function loadLanguage(language: Language, areas: readonly Area[] = AREAS): Promise<void> {
	const here = strings[language];
	await Promise.all(
		areas
			.filter((area) => !here[area])
			.map(async (area) => Object.assign(here, await loaders[language][area]()))
	);
}

/** Called by the root layout, before anything renders, with the page's (loaded) language. */
export function setLanguage(language: Language): Language {
	current = language;
	return language;
}

/** The language being shown. */
export const language = (): Language => current;

/** The text of the language being shown: `t.quiz.check`, `t.site.name`… */
export const t: Strings = new Proxy({} as Strings, {
	get(_, area) {
		const text = strings[current][area as Area];
		// A route that reads an area `areasFor` does not give it: say which, not "undefined".
		if (!text) throw new Error(`The ${current} "${String(area)}" text is not loaded: add it to areasFor`);
		return text;
	}
});
