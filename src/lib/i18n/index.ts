// All interface text, one module per language (a Spanish edition adds src/lib/i18n/es/ and a
// switch here); components never hard-code words. A namespace export, so a page's bundle keeps only
// the areas it reads (t.quiz, t.embed...), not every string of the site.
export * as t from './en';
