// Minor misspellings of typed answers (normalize.ts `misspelling`, kinds/text.ts `textMatch`): one
// slip per word of five letters or more is "close enough"; a listed mistake never is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeSpelling } from './close-spelling';
import { accepts, authoring, type Question } from './kinds/text';
import { answerKey, misspelling } from './normalize';

const q = (answers: string[], mistakes?: string[]): Pick<Question, 'answers' | 'mistakes'> => ({
	answers,
	mistakes
});
const COMMAND = q(['NORTHCOM', 'Northern Command', 'US Northern Command']);
/** What a typed answer earns: {} exact, { spelling } close enough, null wrong. */
const textMatch = (question: Pick<Question, 'answers' | 'mistakes'>, typed: string) => {
	if (!accepts(question, typed)) return null;
	const spelling = closeSpelling(question, typed);
	return spelling === null ? {} : { spelling };
};

describe('misspelling: one slip per word of five letters or more', () => {
	it.each([
		['Northcomm', 'NORTHCOM'], // a letter extra
		['Northern Comand', 'Northern Command'], // a letter missing
		['US Nothern Command', 'US Northern Command'],
		['Nrothern Command', 'Northern Command'], // two neighbours swapped
		['Northern Cammand', 'Northern Command'], // a letter wrong
		['Nothern Comand', 'Northern Command'], // one slip in each of two words
		['Comando Nrote', 'Comando Norte'],
		['Cartel de Sinlaoa', 'Cártel de Sinaloa'],
		['northerncomand', 'Northern Command'] // spaces count as little as in an exact answer
	])('%j is close to %j', (typed, accepted) => expect(misspelling(typed, accepted)).toBe(true));
	it.each([
		['Northern Command', 'Northern Command'], // exact is not a misspelling
		['Nothren Command', 'Northern Command'], // two slips in one word
		['Northern Comandos', 'Northern Command'],
		['CIA', 'CIAS'], // under five letters: exact only
		['plan', 'plans'], // a missing letter may not leave four
		['JSOC', 'JSOK'],
		['Comando Nort', 'Comando Nore'],
		['2024 plan', '2025 plan'], // words with digits are exact
		['225001', '225000'],
		['', 'Sinaloa']
	])('%j is not close to %j', (typed, accepted) => expect(misspelling(typed, accepted)).toBe(false));
});

describe('accepts and closeSpelling', () => {
	it('says which spelling a close answer has, and nothing for an exact one', () => {
		expect(textMatch(COMMAND, 'northern command')).toEqual({});
		expect(textMatch(COMMAND, 'Northern Comand')).toEqual({ spelling: 'Northern Command' });
		expect(closeSpelling(COMMAND, 'Northcomm')).toBe('NORTHCOM');
		expect(closeSpelling(COMMAND, 'NORTHCOM')).toBeNull();
		expect(textMatch(COMMAND, 'Southern Command')).toBeNull();
	});
	it('never accepts a listed mistake, nor a slip that could be one', () => {
		const sonora = q(['Sonora'], ['Sonoma', 'Senora']);
		expect(textMatch(sonora, 'Sonoma')).toBeNull();
		expect(textMatch(sonora, 'señora')).toBeNull(); // folds to a listed mistake
		// One slip from "Sonora" and one from "Sonoma": which was meant cannot be told.
		expect(textMatch(sonora, 'Sonona')).toBeNull();
		expect(textMatch(sonora, 'Snoora')).toEqual({ spelling: 'Sonora' });
	});
});

describe('content checks for mistakes', () => {
	const question = (answers: string[], mistakes?: string[]) =>
		({
			id: 'x',
			kind: 'text',
			level: 'recall',
			prompt: 'Which?',
			paragraph: 'p',
			explanation: 'Because.',
			answers,
			mistakes
		}) as Question;
	it('refuses a mistake that folds to an accepted answer, naming the field', () => {
		expect(authoring.problems(question(['Northern Command'], ['Sonora', 'the northern-command']))).toEqual([
			{
				path: 'mistakes[1]',
				message: expect.stringMatching(
					/"the northern-command" is also an accepted answer \("Northern Command"\)/
				)
			}
		]);
	});
	it('accepts a mistake one slip from an accepted answer: that is what the list is for', () => {
		expect(authoring.problems(question(['Sonora'], ['Sonoma']))).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------------------
// Properties, for every seed.

const letters = 'abcdefghijklmnopqrstuvwxyz';
const letter = fc.constantFrom(...letters);
/** A word; never a leading article, which folding drops ("a", "the", "la" …). */
const wordOf = (min: number, max: number) =>
	fc
		.array(letter, { minLength: min, maxLength: max })
		.map((l) => l.join(''))
		.filter((w) => !/^(?:the|a|an|el|la|los|las|un|una|unos|unas)$/.test(w));
/** One edit of a word at a place: a letter wrong, missing, extra, or two neighbours swapped. */
const edit = (w: string) =>
	fc
		.tuple(fc.constantFrom('wrong', 'missing', 'extra', 'swap'), fc.nat(w.length - 1), letter)
		.map(([type, at, c]) => {
			if (type === 'wrong') return w.slice(0, at) + c + w.slice(at + 1);
			if (type === 'missing') return w.slice(0, at) + w.slice(at + 1);
			if (type === 'extra') return w.slice(0, at) + c + w.slice(at);
			const i = Math.min(at, w.length - 2);
			return w.slice(0, i) + w.charAt(i + 1) + w.charAt(i) + w.slice(i + 2);
		});
/** An answer of one to three words, and one of its words edited. */
const edited = (min: number, max: number) =>
	fc.array(wordOf(min, max), { minLength: 1, maxLength: 3 }).chain((words) =>
		fc.nat(words.length - 1).chain((i) =>
			edit(words[i]!).map((slip) => ({
				answer: words.join(' '),
				typed: words.map((w, k) => (k === i ? slip : w)).join(' '),
				word: words[i]!,
				slip
			}))
		)
	);

describe('properties', () => {
	it('no misspelling of an accepted answer is accepted when it is a listed mistake', () => {
		fc.assert(
			fc.property(edited(5, 9), fc.array(wordOf(1, 9), { maxLength: 2 }), ({ answer, typed }, more) => {
				fc.pre(answerKey(typed) !== answerKey(answer));
				const question = q([answer], [typed, ...more]);
				expect(textMatch(question, typed)).toBeNull();
				expect(textMatch(question, typed.toUpperCase())).toBeNull();
			})
		);
	});
	it('a misspelling of an accepted answer is accepted, with the spelling, unless a mistake is as close', () => {
		fc.assert(
			fc.property(
				edited(5, 9),
				fc.array(wordOf(1, 9), { maxLength: 2 }),
				({ answer, typed, slip }, mistakes) => {
					fc.pre(answerKey(typed) !== answerKey(answer) && slip.length >= 5);
					const match = textMatch(q([answer], mistakes), typed);
					const nearMistake = mistakes.some(
						(m) => answerKey(m) === answerKey(typed) || misspelling(typed, m)
					);
					expect(match).toEqual(nearMistake ? null : { spelling: answer });
				}
			)
		);
	});
	it('never accepts an edit of an answer whose words are all under five letters', () => {
		fc.assert(
			fc.property(edited(1, 4), ({ answer, typed }) => {
				fc.pre(answerKey(typed) !== answerKey(answer));
				expect(misspelling(typed, answer)).toBe(false);
				expect(textMatch(q([answer]), typed)).toBeNull();
			})
		);
	});
	it('blames an edit beside a short word on the long word, never on the short one', () => {
		fc.assert(
			fc.property(
				wordOf(1, 4).chain((short) => fc.tuple(fc.constant(short), edit(short))),
				wordOf(5, 9),
				fc.boolean(),
				([short, slip], long, first) => {
					fc.pre(slip !== short);
					const answer = first ? `${short} ${long}` : `${long} ${short}`;
					const typed = first ? `${slip} ${long}` : `${long} ${slip}`;
					if (!misspelling(typed, answer)) return;
					// Accepted only when, spaces ignored as always, the typed text is the short word
					// exactly and one slip of the long one ("abcd eeeee" typed "abc deeeee").
					const t = answerKey(typed);
					const splits = [...Array(t.length + 1).keys()].map((k) =>
						first ? [t.slice(0, k), t.slice(k)] : [t.slice(k), t.slice(0, k)]
					);
					expect(splits.some(([s, l]) => s === short && misspelling(l!, long))).toBe(true);
				}
			)
		);
	});
});
