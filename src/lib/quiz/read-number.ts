// Reading what a learner types for a number beyond a plain figure: with a word after it ("225k",
// "225 thousand", "1.5 million"; "225 mil", "1,5 millones" in Spanish) or a "more than" that does
// not change the figure written ("225,000+", ">225000", "more than 225,000", "over", "at least";
// "más de 225.000", "al menos", "por lo menos"), and the two readings of a number that reads two
// ways ("225.000" in English, "225,000" in Spanish: ./numbers.ts). A module of its own, imported
// only by the part of the quiz fetched on demand (NumberHelp.svelte), so lesson and embed pages
// do not download it with their first script.
import { bare, parseNumber, twoWays, type NumberStyle } from './numbers';

/** How a typed text reads as a number. */
export type NumberReading =
	| { type: 'number'; value: number }
	/** Two readings, the decimal one first: the learner is asked which was meant. */
	| { type: 'ambiguous'; values: [number, number] }
	| { type: 'none' };

/** A word after the figure; "mil" is a thousand only in Spanish (in English slang, a million). */
const TIMES: Record<string, number> = {
	k: 1e3,
	thousand: 1e3,
	mil: 1e3,
	million: 1e6,
	millon: 1e6,
	millones: 1e6
};
/** "More than" and the like, before the figure ("+" after it): the figure is what is written. */
const MORE = /^(?:>=?|≥|more than|over|at least|m[aá]s de|al menos|por lo menos)(?![a-z])/;

/**
 * Reads `text` as a number, with words and signs around it (the top of this file), or says it
 * could be two numbers, or none. The quiz reads plain figures with `parseNumber` and asks this
 * only about what that cannot read (NumberHelp.svelte, fetched on demand).
 */
export function readNumber(text: string, style: NumberStyle = 'en'): NumberReading {
	const none = { type: 'none' } as const;
	let s = text.toLowerCase().trim().replace(MORE, '').replace(/\+$/, '');
	let times = 1;
	const word = /^(.*\d)\s*([a-zó]+)\.?$/.exec(s);
	if (word) {
		times = TIMES[word[2]!.replace('ó', 'o')] ?? 0;
		if (!times || (style === 'en' && word[2] === 'mil')) return none;
		s = word[1]!;
	}
	const digits = bare(s);
	if (twoWays(digits, style)) {
		const mark = style === 'es' ? ',' : '.';
		return {
			type: 'ambiguous',
			values: [Number(digits.replace(',', '.')), Number(digits.replace(mark, ''))].map((n) =>
				scaled(n, times)
			) as [number, number]
		};
	}
	const n = parseNumber(s, style);
	return n === null ? none : { type: 'number', value: scaled(n, times) };
}

/** A multiplied value without the float noise of 2.3 × 1000 (2299.9999999999995). */
const scaled = (n: number, times: number) => (times === 1 ? n : Number((n * times).toPrecision(12)));
