// What a typed answer is compared on: the words, not the way they were typed. Case, accents,
// spacing, punctuation, dots inside abbreviations ("U.S." = "US"), a part in brackets
// ("Northern Command (NORTHCOM)" = "Northern Command"), a leading article (the, a, an; el, la, los,
// las, un, una) and spaces between letters ("EE. UU." = "EEUU") make no difference.

const ARTICLE = /^(?:the|a|an|el|la|los|las|un|una|unos|unas) (?=\S)/;

/** The words of an answer, folded: lowercase, no accents or punctuation, single spaces. */
export function foldAnswer(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/\s*[([][^)\]]*[)\]]/g, ' ')
		.replace(/[\p{P}\p{S}]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(ARTICLE, '');
}

/** The form two answers are compared in; '' for an answer with no words. */
export function answerKey(text: string): string {
	return foldAnswer(text).replace(/ /g, '');
}
