// Reading a number as people type it: "225,000", "225000", "225 000", "-3.5", and in Spanish
// "225.000" and "2,5". Words and signs around a figure ("225k", "more than 225,000") are read by
// ./read-number.ts, which the quiz fetches on demand.
//
// Spanish is written with either convention: Spain and most of South America group thousands with a
// point and write decimals with a comma ("225.000", "2,5"); Mexico, Central America, the Caribbean
// and Spanish speakers in the US group with a comma and write decimals with a point ("225,000",
// "2.5"); the Ortografía (2010) recommends a space ("225 000"). A single mark followed by exactly
// three digits, after a first group of one to three digits that does not start with 0, could
// therefore be either: in English "225.000" (a point; the comma groups), in Spanish "225,000" (the
// point is read as grouping, as the Spanish edition always has). Those are not read as a plain
// figure (`twoWays`): the quiz asks which was meant instead of marking it. Otherwise a mark
// followed by groups of three digits groups thousands ("1,234,567", "1.234.567"), a single other
// mark is the decimal one ("2,5", "2.5", "0,125"), and with both marks the last is the decimal.

export type NumberStyle = 'en' | 'es';

/** The text without spaces or other group marks, and with a plain minus sign. */
export const bare = (text: string) =>
	text
		.trim()
		.replace(/[\s\u00a0\u202f_']/g, '')
		.replace(/^\u2212/, '-');

/** A single mark before exactly three digits that reads two ways (the top of this file). */
export const twoWays = (s: string, style: NumberStyle) =>
	new RegExp(`^[+-]?[1-9]\\d{0,2}\\${style === 'es' ? ',' : '.'}\\d{3}$`).test(s);

/**
 * The number in `text` written as a plain figure, or null when it is empty, not a number, or could
 * be two numbers ("225.000" in English, "225,000" in Spanish: `readNumber` says which two).
 */
export function parseNumber(text: string, style: NumberStyle = 'en'): number | null {
	const s = bare(text);
	if (s === '' || twoWays(s, style)) return null;
	return style === 'es' ? spanish(s) : english(s);
}

/** English: commas group, a point is decimal; "1.234.567" can only be grouped. */
function english(s: string): number | null {
	if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.split(',').join('');
	else if (/^[+-]?[1-9]\d{0,2}(\.\d{3}){2,}$/.test(s)) s = s.split('.').join('');
	// One comma and no thousands group: a decimal comma ("2,5").
	else if (/^[+-]?\d*,\d+$/.test(s)) s = s.replace(',', '.');
	return finite(s);
}

/** Spanish: either mark may group thousands (see the top of this file). */
function spanish(s: string): number | null {
	if (/^[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
	else if (/^[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
	else if (/^[+-]?\d*,\d+$/.test(s)) s = s.replace(',', '.');
	return finite(s);
}

/** `s` with at most one decimal point and no separators left: its value, or null. */
function finite(s: string): number | null {
	if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
	const n = Number(s);
	return Number.isFinite(n) ? n : null;
}

/**
 * A number as the learner would write it, with thousands separators: "225,000" in English; in
 * Spanish as the interface writes numbers (src/lib/i18n/es/numbers.ts, after the RAE), "225 000"
 * with a non-breaking space, "2,5", four digits together.
 */
export function formatNumber(n: number, style: NumberStyle = 'en'): string {
	const text = n.toLocaleString(style, { maximumFractionDigits: 10 });
	return style === 'es' ? text.replace(/\./g, '\u00a0') : text;
}
