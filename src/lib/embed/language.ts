// `?lang=es` on an embed's address: the embed in that language is /es/embed/<slug> (prerendered
// per language), so the page moves there, keeping the rest of the query. Pure: takes the address
// and the page's language, returns where to go or null.
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../i18n/languages';

export function embedInLanguage(url: URL, pageLanguage: Language): string | null {
	const wanted = url.searchParams.get('lang')?.trim().toLowerCase();
	if (!isLanguage(wanted) || wanted === pageLanguage) return null;
	const at = url.pathname.lastIndexOf('/embed/');
	if (at < 0) return null;
	let prefix = url.pathname.slice(0, at);
	for (const l of LANGUAGES) if (prefix.endsWith(`/${l}`)) prefix = prefix.slice(0, -l.length - 1);
	const lang = wanted === DEFAULT_LANGUAGE ? '' : `/${wanted}`;
	return `${prefix}${lang}${url.pathname.slice(at)}${url.search}${url.hash}`;
}
