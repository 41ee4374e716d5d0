// The rule for text one person types and others see: a learner's name (it travels in results
// codes) and an assignment's title (it travels in links). Ordinary Unicode is fine; what could
// disguise the text, or leave it blank on the page, is not. Names are cleaned with the same rule
// where they are typed, so a name the form accepts always makes a code the results page accepts.
import * as v from 'valibot';
import { fail, ok, type Result } from './result';

/** Why text breaks the rule. Pages put it in words (i18n); modules pass the code. */
export type TextProblem = 'empty' | 'too-long' | 'unsafe' | 'invisible';

// Control characters and bidirectional overrides (U+202E turns the rest of a line around).
const UNSAFE = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'gu');
// Something that shows: not only spaces, zero-width spaces or joiners.
const VISIBLE = /[^\p{Z}\p{Cf}\p{Cc}\s]/u;
// Controls that separate words: a tab from a spreadsheet cell, a line break from a paste.
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;

/** The first problem with `text` (trimmed), or null when it keeps the rule. */
export function textProblem(text: string, max: number): TextProblem | null {
	const s = text.trim();
	if (!s) return 'empty';
	if (s.length > max) return 'too-long';
	if (UNSAFE.test(s)) return 'unsafe';
	if (!VISIBLE.test(s)) return 'invisible';
	return null;
}

/**
 * Typed or pasted text made to keep the rule where it can be: tabs and line breaks become spaces,
 * other control characters and direction overrides are dropped, runs of spaces become one. What
 * cannot be mended (nothing visible left, too long) comes back as the problem.
 */
export function cleanText(raw: string, max: number): Result<string, TextProblem> {
	const text = raw.replace(BREAKS, ' ').replace(UNSAFE_ALL, '').replace(/\s+/g, ' ').trim();
	const problem = textProblem(text, max);
	return problem ? fail(problem) : ok(text);
}

/** The rule as a schema, for data read back (links, codes, storage). An issue's message is its TextProblem. */
export const SafeText = (max: number) =>
	v.pipe(
		v.string(),
		v.trim(),
		v.minLength(1, 'empty' satisfies TextProblem),
		v.maxLength(max, 'too-long' satisfies TextProblem),
		v.check((s) => !UNSAFE.test(s), 'unsafe' satisfies TextProblem),
		v.check((s) => VISIBLE.test(s), 'invisible' satisfies TextProblem)
	);
