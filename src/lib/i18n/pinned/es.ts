// `$lib/i18n` in an island script built for this language (see ../pin-language.js): its text
// only, with the same exports the components use.
import type { Language } from '../languages';

export * as t from '../es';
export const language = (): Language => 'es';
/** Nothing to switch: this build has one language. */
export const setLanguage = (language: Language): Language => language;
/** Nothing to fetch: this build's text is in the script. */
export const loadLanguage = async (): Promise<void> => {};
