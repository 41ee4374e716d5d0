// A lesson on paper, shaped on the server: the student worksheet's data holds no answers at all
// (not even in the page's data file), and the teacher copy adds each question's key beside it.
import type { Lesson } from '$lib/content/types';
import { describeKey } from '$lib/quiz/describe';
import type { Kind, Question } from '$lib/quiz/schema';
import { maxPoints } from '$lib/quiz/score';
import { arrange, displayOrder } from '$lib/quiz/shuffle';

/** One question as printed: texts only, in the order they appear on paper; no ids. */
export interface PrintedQuestion {
	prompt: string;
	kind: Kind;
	points: number;
	/** Options (single, multiple, evidence part A) in authored order, or order items scrambled. */
	choices: string[];
	/** Evidence part B. */
	evidencePrompt?: string;
	passages: string[];
	/** Match: the terms in authored order, the descriptions scrambled. */
	lefts: string[];
	rights: string[];
	unit?: string;
	/** Teacher copy only. */
	key?: PrintedKey;
}

export interface PrintedKey {
	answer: string;
	explanation: string;
	paragraph: string;
	/** What goes in each box: ✓ for right choices and passages, the place of each order item, the
	 * letter of each term's description. */
	choices: string[];
	passages: string[];
	lefts: string[];
}

export interface PrintedLesson {
	slug: string;
	title: string;
	objectives: string[];
	questions: PrintedQuestion[];
	/** Teacher copy only. */
	teacher?: Lesson['teacher'];
}

const letter = (i: number) => String.fromCharCode(65 + i);
const tick = (right: boolean) => (right ? '✓' : '');

function printed(q: Question, withKey: boolean): PrintedQuestion {
	const base = { prompt: q.prompt, kind: q.kind, points: maxPoints(q) };
	// Order items and match descriptions are always scrambled on paper; choices keep authored order.
	const scrambled = displayOrder(q, null).choices;
	let sheet: Omit<PrintedQuestion, 'prompt' | 'kind' | 'points' | 'key'>;
	let boxes: Pick<PrintedKey, 'choices' | 'passages' | 'lefts'>;
	const none = { choices: [], passages: [], lefts: [], rights: [] };
	switch (q.kind) {
		case 'single':
		case 'multiple': {
			const right = (id: string) => (q.kind === 'single' ? q.answer === id : q.answer.includes(id));
			sheet = { ...none, choices: q.options.map((o) => o.text) };
			boxes = { choices: q.options.map((o) => tick(right(o.id))), passages: [], lefts: [] };
			break;
		}
		case 'evidence':
			sheet = {
				...none,
				choices: q.options.map((o) => o.text),
				evidencePrompt: q.evidencePrompt,
				passages: q.passages.map((p) => p.text)
			};
			boxes = {
				choices: q.options.map((o) => tick(o.id === q.answer)),
				passages: q.passages.map((p) => tick(p.id === q.evidence)),
				lefts: []
			};
			break;
		case 'true-false':
			sheet = none;
			boxes = { choices: [tick(q.answer), tick(!q.answer)], passages: [], lefts: [] };
			break;
		case 'order': {
			const shown = arrange(q.items, scrambled);
			sheet = { ...none, choices: shown.map((i) => i.text) };
			boxes = { choices: shown.map((i) => String(q.items.indexOf(i) + 1)), passages: [], lefts: [] };
			break;
		}
		case 'match': {
			const rights = arrange(q.pairs, scrambled);
			sheet = { ...none, lefts: q.pairs.map((p) => p.left), rights: rights.map((p) => p.right) };
			boxes = { choices: [], passages: [], lefts: q.pairs.map((p) => letter(rights.indexOf(p))) };
			break;
		}
		case 'numeric':
			sheet = q.unit ? { ...none, unit: q.unit } : none;
			boxes = { choices: [], passages: [], lefts: [] };
			break;
		case 'text':
			sheet = none;
			boxes = { choices: [], passages: [], lefts: [] };
			break;
	}
	if (!withKey) return { ...base, ...sheet };
	return {
		...base,
		...sheet,
		key: { answer: describeKey(q), explanation: q.explanation, paragraph: q.paragraph, ...boxes }
	};
}

/** The student worksheet: the questions, nothing that gives an answer away. */
export function worksheetOf(lesson: Lesson): PrintedLesson {
	return {
		slug: lesson.slug,
		title: lesson.title,
		objectives: lesson.objectives,
		questions: lesson.quiz.questions.map((q) => printed(q, false))
	};
}

/** The teacher copy: the worksheet with every answer, why, and the discussion notes. */
export function teacherCopyOf(lesson: Lesson): PrintedLesson {
	return {
		slug: lesson.slug,
		title: lesson.title,
		objectives: lesson.objectives,
		questions: lesson.quiz.questions.map((q) => printed(q, true)),
		teacher: lesson.teacher
	};
}
