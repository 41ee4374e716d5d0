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

/**
 * Is `typed` a minor misspelling of `accepted`: the same once folded, but for at most one edit in
 * each word of five letters or more (a letter wrong, missing, extra, or two neighbours swapped),
 * as H5P's fill-in-the-blanks accepts? Words with a digit, and words under five letters, must be
 * exact, and a missing letter may not leave a word under five (so "plans" is not "plan"). Spaces
 * are ignored as in `answerKey`; an extra letter at a word's start counts against that word.
 */
export function misspelling(typed: string, accepted: string): boolean {
	const t = answerKey(typed);
	const words = foldAnswer(accepted).split(' ');
	const a = words.join('');
	if (!t || t === a) return false;
	// For each letter of `a`: the word it belongs to, and what that word allows.
	const word: number[] = [];
	const size: number[] = [];
	words.forEach((w, i) => {
		const letters = /^\p{L}+$/u.test(w) ? w.length : 0;
		for (let k = 0; k < w.length; k++) {
			word.push(i);
			size.push(letters);
		}
	});
	const seen = new Set<string>();
	// i, j: places in a and t; used: the edit of word[i] is spent.
	const go = (i: number, j: number, used: boolean): boolean => {
		const key = `${i},${j},${used}`;
		if (seen.has(key)) return false;
		seen.add(key);
		if (i === a.length && j === t.length) return true;
		const w = word[Math.min(i, a.length - 1)] ?? 0;
		const next = (di: number, dj: number, edit: boolean) => {
			const crosses = i + di < a.length && word[i + di] !== w;
			return go(i + di, j + dj, crosses ? false : used || edit);
		};
		if (i < a.length && j < t.length && a[i] === t[j] && next(1, 1, false)) return true;
		const len = size[Math.min(i, a.length - 1)] ?? 0;
		if (used || len < 5) return false;
		if (i < a.length && j < t.length && next(1, 1, true)) return true;
		if (j < t.length && next(0, 1, true)) return true;
		if (i < a.length && len >= 6 && next(1, 0, true)) return true;
		return (
			i + 1 < a.length &&
			j + 1 < t.length &&
			word[i + 1] === w &&
			a[i] !== a[i + 1] &&
			a[i] === t[j + 1] &&
			a[i + 1] === t[j] &&
			next(2, 2, true)
		);
	};
	return go(0, 0, false);
}
