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
	/** Teacher copy only. */
	key?: { answer: string; explanation: string; paragraph: string };
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

function printed(q: Question, withKey: boolean, language: Language): PrintedQuestion {
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
						paragraph: q.paragraph
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
		questions: lesson.quiz.questions.map((q) => printed(q, true, language)),
		teacher: lesson.teacher
	};
}
