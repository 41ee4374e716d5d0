// Kahoot, Quizizz and Blooket spreadsheets for a live class review, laid out as each tool's
// published import template. They hold single- and multiple-answer questions only, so a lesson's
// true/false, single and multiple choice questions go in (evidence as its two parts, highlight as
// multiple answer over its parts), within each tool's limits on answers, characters and time;
// text is shortened only where a limit forces it, and every shortening or question left out is
// reported (common.ts).
import {
	asChoices,
	type ChoiceItem,
	type ExportLesson,
	type ExportWords,
	type Format,
	type Loss
} from './common';

export type Cell = string | number | null;

export interface SheetSpec {
	format: 'kahoot' | 'quizizz' | 'blooket';
	/** The template's header row, as published. */
	header: string[];
	/** 1-based row of the header; the questions start on the next row. */
	headerRow: number;
	/** Rows above the header (the template's title and instructions), as published. */
	preamble: Cell[][];
	maxAnswers: number;
	minAnswers: number;
	questionLength: number | null;
	answerLength: number | null;
	times: number[];
	multipleAnswers: boolean;
}

export const KAHOOT: SheetSpec = {
	format: 'kahoot',
	preamble: [
		['Quiz template'],
		[
			'Add questions, at least two answer alternatives, time limit and choose correct answers (at least one). Have fun creating your awesome quiz!'
		],
		[
			'Remember: questions have a limit of 120 characters and answers can have 75 characters max. Text will turn red in Excel or Google Docs if you exceed this limit. If several answers are correct, separate them with a comma.'
		],
		["See an example question below (don't forget to overwrite this with your first question!)"],
		[
			"And remember,  if you're not using Excel you need to export to .xlsx format before you upload to Kahoot!"
		],
		[],
		[]
	],
	header: [
		'',
		'Question - max 120 characters',
		'Answer 1 - max 75 characters',
		'Answer 2 - max 75 characters',
		'Answer 3 - max 75 characters',
		'Answer 4 - max 75 characters',
		'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
		'Correct answer(s) - choose at least one'
	],
	headerRow: 8,
	maxAnswers: 4,
	minAnswers: 2,
	questionLength: 120,
	answerLength: 75,
	times: [5, 10, 20, 30, 60, 90, 120, 240],
	multipleAnswers: true
};

export const QUIZIZZ: SheetSpec = {
	format: 'quizizz',
	preamble: [],
	header: [
		'Question Text',
		'Question Type',
		'Option 1',
		'Option 2',
		'Option 3',
		'Option 4',
		'Option 5',
		'Correct Answer',
		'Time in seconds',
		'Image Link',
		'Answer explanation'
	],
	headerRow: 1,
	maxAnswers: 5,
	minAnswers: 2,
	questionLength: null,
	answerLength: null,
	times: [5, 10, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900],
	multipleAnswers: true
};

export const BLOOKET: SheetSpec = {
	format: 'blooket',
	preamble: [['Blooket\nImport Template', '', '', '', '', '', '', '']],
	header: [
		'Question #',
		'Question Text',
		'Answer 1',
		'Answer 2',
		'Answer 3\n(Optional)',
		'Answer 4\n(Optional)',
		'Time Limit (sec)\n(Max: 300 seconds)',
		'Correct Answer(s)\n(Only include Answer #)'
	],
	headerRow: 2,
	maxAnswers: 4,
	minAnswers: 2,
	questionLength: null,
	answerLength: null,
	times: [5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 300],
	multipleAnswers: true
};

export const SPECS = { kahoot: KAHOOT, quizizz: QUIZIZZ, blooket: BLOOKET } as const;

/** Cut to `max` characters at a word boundary where one is near, ending with an ellipsis. */
export function shorten(s: string, max: number): string {
	const flat = s.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Enough time to read the question and its answers (about three words a second, plus ten), within the tool's choices. */
export function timeFor(item: ChoiceItem, times: number[]): number {
	const words = [item.prompt, ...item.options].join(' ').split(/\s+/).filter(Boolean).length;
	const need = 10 + words / 3;
	return times.find((t) => t >= need) ?? times[times.length - 1]!;
}

/** One review question as the sheet holds it (what the read-back compares). */
export interface SheetItem {
	id: string;
	question: string;
	answers: string[];
	/** 1-based numbers of the right answers. */
	correct: number[];
	time: number;
	explanation: string;
}

/** The lesson's review questions for one tool, and what could not go in or was shortened. */
export function sheetItems(
	lesson: ExportLesson,
	spec: SheetSpec,
	words: ExportWords
): { items: SheetItem[]; losses: Loss[] } {
	const losses: Loss[] = [];
	const lose = (question: string, code: Loss['code']) =>
		losses.push({ format: spec.format as Format, lesson: lesson.slug, question, code });
	const items: SheetItem[] = [];
	for (const q of lesson.questions) {
		const choices = asChoices(lesson, q, words);
		if (!choices) {
			lose(q.id, 'not-held');
			continue;
		}
		if (choices.some((c) => c.options.length > spec.maxAnswers)) {
			lose(q.id, 'too-many-options');
			continue;
		}
		if (q.kind === 'evidence') lose(q.id, 'evidence-split');
		if (q.kind === 'highlight') lose(q.id, 'highlight-list');
		const made: SheetItem[] = [];
		let shortened = false;
		for (const c of choices) {
			const fit = (s: string, max: number | null) => {
				const flat = s.replace(/\s+/g, ' ').trim();
				const out = max === null ? flat : shorten(flat, max);
				if (out !== flat) shortened = true;
				return out;
			};
			const answers = c.options.map((o) => fit(o, spec.answerLength));
			made.push({
				id: c.id,
				question: fit(c.prompt, spec.questionLength),
				answers,
				correct: c.correct.map((i) => i + 1),
				time: timeFor(c, spec.times),
				explanation: `${c.explanation} (${c.id}: ${c.link})`
			});
		}
		// Shortening must never make two answers the same: such a question is left out instead.
		if (made.some((m) => new Set(m.answers).size !== m.answers.length)) {
			lose(q.id, 'too-many-options');
			continue;
		}
		if (shortened) lose(q.id, 'shortened');
		items.push(...made);
	}
	return { items, losses };
}

/** The sheet's rows, exactly as written: preamble, header, one row per question. */
export function sheetRows(spec: SheetSpec, items: SheetItem[]): Cell[][] {
	const pad = (answers: string[]) => Array.from({ length: spec.maxAnswers }, (_, i) => answers[i] ?? null);
	const body = items.map((it, n): Cell[] => {
		const correct = it.correct.join(',');
		switch (spec.format) {
			case 'kahoot':
				return [n + 1, it.question, ...pad(it.answers), it.time, correct];
			case 'quizizz':
				return [
					it.question,
					it.correct.length > 1 ? 'Checkbox' : 'Multiple Choice',
					...pad(it.answers),
					correct,
					it.time,
					null,
					it.explanation
				];
			case 'blooket':
				return [n + 1, it.question, ...pad(it.answers), it.time, correct];
		}
	});
	return [...spec.preamble, spec.header, ...body];
}
