// A page's path in a language: English pages have no prefix, every other edition's live under
// /<language>/ (/es/glossary). Pass the result to `resolve()`, which adds the base path.
import { resolve } from '$app/paths';
import type { Pathname } from '$app/types';
import { language } from '.';
import { DEFAULT_LANGUAGE, type Language } from './languages';

export function localized<P extends Pathname>(path: P, lang: Language = language()): P {
	if (lang === DEFAULT_LANGUAGE) return path;
	return (path === '/' ? `/${lang}` : `/${lang}${path}`) as P;
}

/** The path without its language prefix, and that language: `/es/glossary` -> `/glossary`, 'es'. */
export function unlocalized(path: string, languages: readonly Language[]): { path: string; lang: Language } {
	const first = path.split('/')[1] ?? '';
	const lang = languages.find((l) => l === first && l !== DEFAULT_LANGUAGE);
	if (!lang) return { path, lang: DEFAULT_LANGUAGE };
	return { path: path.slice(lang.length + 1) || '/', lang };
}

/**
 * The page with this route id and params in another language, base path included: the same
 * lesson, worksheet or glossary in Spanish. The route ids all start with the optional language.
 */
export function inLanguage(
	routeId: string | null,
	params: Record<string, string | undefined>,
	lang: Language
): string {
	const id = routeId ?? '/[[lang=lang]]/(site)';
	const other = { ...params, lang: lang === DEFAULT_LANGUAGE ? undefined : lang };
	return (resolve as (id: string, params: Record<string, string | undefined>) => string)(id, other);
}
