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

/** One slip turns `typed` into `word` (which differs): a letter wrong, missing, extra, or swapped. */
function oneSlip(typed: string, word: string): boolean {
	let i = 0;
	while (i < typed.length && typed[i] === word[i]) i++;
	const rest = (a: number, b: number) => typed.slice(i + a) === word.slice(i + b);
	return (
		rest(1, 1) ||
		rest(0, 1) ||
		rest(1, 0) ||
		(typed[i] === word[i + 1] && typed[i + 1] === word[i] && rest(2, 2))
	);
}

/**
 * Is `typed` a minor misspelling of `accepted`: the same once folded, but for at most one slip in
 * each word of five letters or more (a letter wrong, missing, extra, or two neighbours swapped),
 * as H5P's fill-in-the-blanks accepts? Words with a digit, and words under five letters, must be
 * exact, and what is typed for a word must have five letters too (so "plan" is not "plans").
 * Typed with as many words as the accepted answer, word is compared with word; otherwise spaces
 * are ignored, as in `answerKey`, and the typed letters are split among the accepted words.
 */
export function misspelling(typed: string, accepted: string): boolean {
	const words = foldAnswer(accepted).split(' ');
	const typedWords = foldAnswer(typed).split(' ');
	const t = typedWords.join('');
	const close = (part: string, w: string) =>
		part === w || (part.length > 4 && /^\p{L}{5,}$/u.test(w) && oneSlip(part, w));
	const fits = (k: number, j: number): boolean => {
		const w = words[k];
		if (w === undefined) return j === t.length;
		return [0, -1, 1].some((d) => {
			const part = t.slice(j, j + w.length + d);
			return part.length === w.length + d && close(part, w) && fits(k + 1, j + part.length);
		});
	};
	if (t === '' || t === words.join('')) return false;
	return typedWords.length === words.length ? words.every((w, k) => close(typedWords[k]!, w)) : fits(0, 0);
}
