// Reading a number as people type it: "225,000", "225000", "225 000", "-3.5", and in Spanish
// "225.000" and "2,5".
//
// Spanish is written with either convention: Spain and most of South America group thousands with a
// point and write decimals with a comma ("225.000", "2,5"); Mexico, Central America, the Caribbean
// and Spanish speakers in the US group with a comma and write decimals with a point ("225,000",
// "2.5"); the Ortografía (2010) recommends a space ("225 000"). So in Spanish both marks can group
// thousands: a mark followed by exactly three digits, after a first group of one to three digits
// that does not start with 0, groups thousands ("1.234" and "1,234" are both 1234); otherwise a
// single mark is the decimal one ("2,5", "2.5", "0,125"); with both marks, the last is the decimal.

export type NumberStyle = 'en' | 'es';

/** The number in `text`, or null when it is empty or not a number. */
export function parseNumber(text: string, style: NumberStyle = 'en'): number | null {
	let s = text.trim().replace(/[\s\u00a0\u202f_']/g, '');
	if (s === '') return null;
	s = s.replace(/^\u2212/, '-');
	if (style === 'es') return spanish(s);
	if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.split(',').join('');
	// One comma and no thousands group: a decimal comma ("2,5").
	else if (/^[+-]?\d*,\d+$/.test(s) && !/^[+-]?\d{1,3},\d{3}$/.test(s)) s = s.replace(',', '.');
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
