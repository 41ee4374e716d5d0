// Reading a number as people type it: "225,000", "225000", "225 000", "-3.5", and in Spanish
// "225.000" and "2,5"; with a multiplier ("225k", "225 thousand", "1.5 million"; "225 mil",
// "1,5 millones" in Spanish) and with a "more than" that does not change the figure written
// ("225,000+", ">225000", "more than 225,000", "over 225,000", "at least 225,000"; "más de 225.000",
// "al menos 225 000"). A typed answer for a figure the reading gives as "more than 225,000" is
// that figure.
//
// Spanish is written with either convention: Spain and most of South America group thousands with a
// point and write decimals with a comma ("225.000", "2,5"); Mexico, Central America, the Caribbean
// and Spanish speakers in the US group with a comma and write decimals with a point ("225,000",
// "2.5"); the Ortografía (2010) recommends a space ("225 000"). A single mark followed by exactly
// three digits, after a first group of one to three digits that does not start with 0, could
// therefore be either: in English "225.000" (a point; the comma groups), in Spanish "225,000" (the
// point is read as grouping, as the Spanish edition always has). Those are `ambiguous`: the quiz
// asks which was meant instead of marking it. Otherwise a mark followed by groups of three digits
// groups thousands ("1,234,567", "1.234.567"), a single other mark is the decimal one ("2,5",
// "2.5", "0,125"), and with both marks the last is the decimal.

export type NumberStyle = 'en' | 'es';

/** How a typed text reads as a number. */
export type NumberReading =
	| { type: 'number'; value: number }
	/** Two readings, the decimal one first: the learner is asked which was meant. */
	| { type: 'ambiguous'; values: [number, number] }
	| { type: 'none' };

const MULTIPLIERS: Record<NumberStyle, Record<string, number>> = {
	en: { k: 1e3, thousand: 1e3, million: 1e6 },
	es: { k: 1e3, mil: 1e3, millon: 1e6, millones: 1e6 }
};
/** "More than" and the like, before the figure; "+" after it. */
const MORE: Record<NumberStyle, RegExp> = {
	en: /^(?:>=?|≥|(?:more|greater) than|over|above|at least)(?=\s|\d|$)/,
	es: /^(?:>=?|≥|(?:mas|mayor) de|mas que|por encima de|al menos|por lo menos|como minimo|minimo)(?=\s|\d|$)/
};

/** Reads `text` as a number, or says it could be two numbers, or none. */
export function readNumber(text: string, style: NumberStyle = 'en'): NumberReading {
	let s = text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.trim()
		.replace(/^\u2212/, '-');
	s = s.replace(MORE[style], '').replace(/\+$/, '').trim();
	const word = /^(.*?\d)\s*([a-z]+)\.?$/.exec(s);
	let times = 1;
	if (word) {
		const m = MULTIPLIERS[style][word[2]!];
		if (m === undefined) return { type: 'none' };
		times = m;
		s = word[1]!;
	}
	s = s.replace(/[\s\u00a0\u202f_']/g, '');
	const none = { type: 'none' } as const;
	if (s === '') return none;
	// One mark, three digits after it: two readings (see the top of this file).
	const mark = style === 'es' ? ',' : '.';
	if (new RegExp(`^[+-]?[1-9]\\d{0,2}\\${mark}\\d{3}$`).test(s)) {
		const decimal = finite(s.replace(',', '.'));
		const grouped = finite(s.replace(mark, ''));
		if (decimal === null || grouped === null) return none;
		return { type: 'ambiguous', values: [scaled(decimal, times), scaled(grouped, times)] };
	}
	const n = style === 'es' ? spanish(s) : english(s);
	return n === null ? none : { type: 'number', value: scaled(n, times) };
}

/** A multiplied value without the float noise of 2.3 × 1000 (2299.9999999999995). */
const scaled = (n: number, times: number) => (times === 1 ? n : Number((n * times).toPrecision(12)));

/** The number in `text`, or null when it is empty, not a number, or could be two (`readNumber`). */
export function parseNumber(text: string, style: NumberStyle = 'en'): number | null {
	const r = readNumber(text, style);
	return r.type === 'number' ? r.value : null;
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
