import { areasFor, loadLanguage } from '$lib/i18n';
import { languageOf, type Language } from '$lib/i18n/languages';

// Every page is prerendered into static files: no server runs in production.
export const prerender = true;

/** Every page knows its language (the optional /es/… segment, English without one) and has its text. */
export async function load({ params, route }): Promise<{ lang: Language }> {
	const lang = languageOf(params);
	await loadLanguage(lang, areasFor(route.id));
	return { lang };
}
