// The languages the course is written in. English is the original; each other language is a full
// edition: its own readings and quizzes beside the English (index.es.md, quiz.es.yaml…) with the same
// structure, its own interface strings (src/lib/i18n/es/), and its own pages under /es/.
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

export const isLanguage = (x: unknown): x is Language => LANGUAGES.includes(x as Language);

/** A lesson file's name in an edition: `index.md` in English, `index.es.md` in Spanish. */
export function editionFile(name: 'index.md' | 'quiz.yaml' | 'diagrams.yaml', language: Language): string {
	if (language === DEFAULT_LANGUAGE) return name;
	const dot = name.lastIndexOf('.');
	return `${name.slice(0, dot)}.${language}${name.slice(dot)}`;
}

/** Each language's name in itself, for the language switch. */
export const NATIVE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

/** A page's language from its route parameters: the optional /es/… segment, English without one. */
export function languageOf(params: { lang?: string }): Language {
	return isLanguage(params.lang) ? params.lang : DEFAULT_LANGUAGE;
}
