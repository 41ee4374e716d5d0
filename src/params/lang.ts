// The optional first segment of every page's path: a language other than English (/es/…). English
// pages have none, so /en/… is not a page.
import { DEFAULT_LANGUAGE, isLanguage } from '$lib/i18n/languages';
import type { ParamMatcher } from '@sveltejs/kit';

export const match: ParamMatcher = (param) => isLanguage(param) && param !== DEFAULT_LANGUAGE;
