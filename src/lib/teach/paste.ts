// What the class results page reads of what a teacher pastes or drops, however large, without
// freezing: the text read is capped (and what was left unread is reported, never dropped silently),
// and each distinct text and code is read once and remembered while the teacher keeps typing.
import type { Result } from './result';
import { decodeResultsCode, findCodes, MAX_CODE, type CodeError, type ResultsPayload } from './results-code';

/** Characters read from one paste or file: far more than a class's codes (about 900 each). */
export const MAX_TEXT = 2_000_000;

/**
 * The most text the codes box holds for editing. A browser's text box slows down with its
 * contents: measured in Chromium here, typing took 10–20 ms a key with 300,000 characters of codes
 * in the box, 100–300 ms with 1 to 2 million, and seconds with 10 MB of chat. A longer paste is
 * kept aside and read as it is, like a dropped file.
 */
export const MAX_EDITABLE = 300_000;

/**
 * The part of `text` that is read, and how many characters after it were not. The cut falls on a
 * space or line break where there is one near the limit, so no code is cut in half.
 */
export function readablePart(text: string, max = MAX_TEXT): { text: string; unread: number } {
	if (text.length <= max) return { text, unread: 0 };
	let cut = max;
	const floor = Math.max(0, max - MAX_CODE * 2);
	while (cut > floor && !/\s/.test(text[cut]!)) cut--;
	if (cut === floor) cut = max;
	return { text: text.slice(0, cut), unread: text.length - cut };
}

/** What one paste or file holds, read up to MAX_TEXT. */
export interface Scan {
	/** Candidate codes, in order. */
	codes: string[];
	/** Characters past the limit, not read. */
	unread: number;
	/** The start of the text when it holds words but no code (for "no code found here"). */
	noCode: string | null;
}

export function scanText(text: string): Scan {
	const part = readablePart(text);
	const codes = findCodes(part.text);
	const noCode = codes.length === 0 && /\S/.test(part.text) ? part.text.slice(0, 200) : null;
	return { codes, unread: part.unread, noCode };
}

export type Decode = (raw: string) => Result<ResultsPayload, CodeError>;

/**
 * `read`, remembering its answer for each distinct text: the page reads every source again after
 * each pause in typing, and the 10 MB paste or the codes (inflate, checksum, schema) need not be
 * read twice. At most `limit` answers are kept; past that the memory starts afresh.
 */
export function remembering<T>(read: (text: string) => T, limit: number): (text: string) => T {
	let known = new Map<string, T>();
	return (text) => {
		if (known.has(text)) return known.get(text)!;
		const answer = read(text);
		if (known.size >= limit) known = new Map();
		known.set(text, answer);
		return answer;
	};
}

/** A page's readers: pass them to buildClass on every rebuild, so nothing is read twice. */
export function classReaders(decode: Decode = decodeResultsCode) {
	return { decode: remembering(decode, 20_000), scan: remembering(scanText, 50) };
}
