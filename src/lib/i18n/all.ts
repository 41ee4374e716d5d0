// Every language's text at once, for server code that runs outside a page's render (load
// functions, printable sheets) and for tests. Never imported by browser code: it would download
// every language (browser code reads `t` from ./index.ts).
import * as en from './en';
import * as es from './es';
import type { Strings } from './index';
import type { Language } from './languages';

const strings: Record<Language, Strings> = { en, es };

/** The interface text of a language. */
export const stringsFor = (language: Language): Strings => strings[language];
