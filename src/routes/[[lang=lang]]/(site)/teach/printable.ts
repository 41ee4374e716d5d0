// A lesson on paper, shaped on the server: the student worksheet's data holds no answers at all
// (not even in the page's data file), and the teacher copy adds each question's key beside it.
// Each kind says what its question looks like on paper (sheetParts); this module only decides
// which copy carries the key marks.
import type { Lesson } from '$lib/content/types';
import { stringsFor } from '$lib/i18n/all';
import type { Language } from '$lib/i18n/languages';
import { describeKey } from '$lib/quiz/describe';
import type { Kind, Question } from '$lib/quiz/schema';
import { maxPoints } from '$lib/quiz/score';
import { sheetParts, type SheetPart } from '$lib/quiz/sheet';

/** A sheet part with its key marks optional: the worksheet's have none. */
export type PrintedPart =
	| { type: 'choices'; items: { text: string; key?: boolean }[]; quoted?: boolean; inline?: boolean }
	| { type: 'note'; text: string }
	| { type: 'order'; items: { text: string; place?: number }[] }
	| { type: 'match'; lefts: { text: string; letter?: number }[]; rights: string[] }
	| { type: 'write'; unit?: string }
	| { type: 'passage'; parts: { text: string; key?: boolean }[] };

/** One question as printed: texts only, in the order they appear on paper; no ids. */
export interface PrintedQuestion {
	prompt: string;
	kind: Kind;
	points: number;
	invented?: { label: string; text?: string };
	parts: PrintedPart[];
	/** Teacher copy only. `section`: the heading the paragraph comes under (null before the first). */
	key?: { answer: string; explanation: string; paragraph: string; section: string | null };
}

export interface PrintedLesson {
	slug: string;
	title: string;
	objectives: string[];
	questions: PrintedQuestion[];
	/** Teacher copy only. */
	teacher?: Lesson['teacher'];
}

/** The part as a student sees it: every key mark left out. */
export function unmarked(part: SheetPart): PrintedPart {
	switch (part.type) {
		case 'choices':
			return { ...part, items: part.items.map(({ text }) => ({ text })) };
		case 'order':
			return { ...part, items: part.items.map(({ text }) => ({ text })) };
		case 'match':
			return { ...part, lefts: part.lefts.map(({ text }) => ({ text })) };
		case 'passage':
			return { ...part, parts: part.parts.map(({ text }) => ({ text })) };
		default:
			return part;
	}
}

function printed(
	q: Question,
	withKey: boolean,
	language: Language,
	sections: Record<string, string> = {}
): PrintedQuestion {
	const words = stringsFor(language).quiz.words;
	const parts = sheetParts(q, words);
	return {
		prompt: q.prompt,
		kind: q.kind,
		points: maxPoints(q),
		...(q.invented ? { invented: q.invented } : {}),
		parts: withKey ? parts : parts.map(unmarked),
		...(withKey
			? {
					key: {
						answer: describeKey(q, words),
						explanation: q.explanation,
						paragraph: q.paragraph,
						section: sections[q.paragraph] ?? null
					}
				}
			: {})
	};
}

/** The student worksheet: the questions, nothing that gives an answer away. */
export function worksheetOf(lesson: Lesson, language: Language): PrintedLesson {
	return {
		slug: lesson.slug,
		title: lesson.title,
		objectives: lesson.objectives,
		questions: lesson.quiz.questions.map((q) => printed(q, false, language))
	};
}

/** The teacher copy: the worksheet with every answer, why, and the discussion notes. */
export function teacherCopyOf(lesson: Lesson, language: Language): PrintedLesson {
	return {
		slug: lesson.slug,
		title: lesson.title,
		objectives: lesson.objectives,
		questions: lesson.quiz.questions.map((q) => printed(q, true, language, lesson.sections)),
		teacher: lesson.teacher
	};
}

const letter = (i: number) => String.fromCharCode(65 + i);
/** Longer keys are not repeated in the compact key: it points to the question instead. */
const COMPACT_MAX = 40;

/**
 * A question's key in a few characters, for the one-line key at the top of the teacher copy
 * ("1 D · 2 A, C · 3 True"): the letters of the keyed choices (each choice group, evidence's two
 * parts, split by "/"), the text of an inline choice (true/false), the matches as 1-B, the order as
 * the places in the order printed; otherwise the answer itself when short, or null (see the question).
 */
export function compactKey(q: PrintedQuestion): string | null {
	const bits: string[] = [];
	for (const part of q.parts) {
		if (part.type === 'choices') {
			const keyed = part.items.flatMap((item, i) => (item.key ? [part.inline ? item.text : letter(i)] : []));
			if (keyed.length) bits.push(keyed.join(', '));
		} else if (part.type === 'match') {
			bits.push(
				part.lefts.map((l, i) => `${i + 1}-${l.letter === undefined ? '?' : letter(l.letter)}`).join(' ')
			);
		} else if (part.type === 'order') {
			bits.push(part.items.map((item) => item.place ?? '?').join('-'));
		}
	}
	if (bits.length) return bits.join(' / ');
	const answer = q.key?.answer;
	return answer && answer.length <= COMPACT_MAX ? answer : null;
}

/**
 * A passage quoted on paper: in double quotation marks, quotes inside it turned to single ones (so
 * a passage that quotes a word is not printed with two marks side by side), and marks already
 * around the whole passage not doubled.
 */
export function quote(text: string): string {
	let s = text.trim();
	const whole = /^["“](.*)["”]$/s.exec(s);
	if (whole && !/["“”]/.test(whole[1]!)) s = whole[1]!;
	s = s.replace(/["“]([^"“”]*)["”]/g, '‘$1’');
	return `“${s}”`;
}
