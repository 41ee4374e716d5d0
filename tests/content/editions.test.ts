// The Spanish edition (issue #16): every lesson's index.es.md and quiz.es.yaml have the English
// structure (src/lib/content/editions.ts), and each rule of that comparison can fail (small fixtures
// below). Then the checks course.test.ts makes of the English, made of the Spanish.
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { compareEditions, formatEditionProblem, type EditionProblem } from '$lib/content/editions';
import { ContentError, parseCourse, parseLesson, type LessonFiles } from '$lib/content/validate';
import type { Lesson } from '$lib/content/types';
import type { Diagram } from '$lib/diagrams/types';
import type { Question } from '$lib/quiz/schema';
import { answerKey } from '$lib/quiz/normalize';
import { DIAGRAM_MARKER } from '$lib/content/markers.js';
import { readLessonFolder, readLessonFolders } from './read-folders';

const folders = readLessonFolders('lessons');
const english = parseCourse(folders);

function spanishFiles(folder: string): LessonFiles | null {
	const files = readLessonFolder('lessons', folder, 'es');
	return files.markdown ? files : null;
}

const editions = folders.map((f) => {
	const files = spanishFiles(f.folder);
	return {
		folder: f.folder,
		files,
		english: english.find((l) => `${String(l.order).padStart(2, '0')}-${l.slug}` === f.folder)!,
		spanish: files ? parseLesson({ ...files, language: 'es' }) : null
	};
});

/** Each `{diagram id}` paragraph of a reading with the id of the last paragraph before it. */
function diagramPlaces(markdown: string): string[] {
	let after = '(start)';
	const places: string[] = [];
	for (const block of markdown.split(/\r?\n\s*\r?\n/)) {
		const diagram = DIAGRAM_MARKER.exec(block.trim());
		if (diagram) places.push(`{diagram ${diagram[1]}} after {#${after}}`);
		const id = /\{#([a-z0-9-]+)\}\s*$/.exec(block.trim());
		if (id) after = id[1]!;
	}
	return places;
}

describe.each(editions.map((e) => [e.folder, e] as const))('the Spanish edition of %s', (folder, e) => {
	it('exists: index.es.md and quiz.es.yaml', () => {
		expect(e.files, `lessons/${folder}/index.es.md`).not.toBeNull();
		expect(e.files?.quiz, `lessons/${folder}/quiz.es.yaml`).toBeDefined();
	});

	it('has the English structure: paragraph ids, questions, kinds, levels, ids and keys', () => {
		const found = e.spanish ? compareEditions(folder, e.english, e.spanish).map(formatEditionProblem) : [];
		expect(found, found.join('\n')).toEqual([]);
	});

	it('places each diagram after the same paragraph as the English, in the same order', () => {
		if (!e.files) return;
		const en = folders.find((f) => f.folder === folder)!.markdown;
		expect(diagramPlaces(e.files.markdown)).toEqual(diagramPlaces(en));
	});

	it('quotes evidence passages from its own (Spanish) reading', () => {
		if (!e.files || !e.spanish) return;
		const reading = e.files.markdown
			.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '')
			.replace(/\{#[a-z0-9-]+\}/g, '')
			.replace(/\*\*?/g, '')
			.replace(/\s+/g, ' ');
		for (const q of e.spanish.quiz.questions) {
			if (q.kind !== 'evidence') continue;
			for (const p of q.passages) {
				const core = p.text.replace(/^["“«]|["”».]$/g, '').replace(/\s+/g, ' ');
				expect(reading, `${q.id}/${p.id}`).toContain(core);
			}
		}
	});

	it('reads in a length close to the English (Spanish runs a little longer)', () => {
		if (!e.spanish) return;
		expect(e.spanish.words).toBeGreaterThanOrEqual(400);
		expect(e.spanish.words / e.english.words).toBeGreaterThan(0.9);
		expect(e.spanish.words / e.english.words).toBeLessThan(1.4);
	});

	it('keeps the English quotations that are the subject of a lesson, in English', () => {
		if (!e.files) return;
		const quoted = [
			'operational preparation of the battlespace',
			'most immediate',
			'would be a marked escalation'
		];
		const en = folders.find((f) => f.folder === folder)!.markdown;
		for (const phrase of quoted)
			if (en.includes(`"${phrase}"`)) expect(e.files.markdown, phrase).toContain(`"${phrase}"`);
	});
});

describe('the Spanish glossary', () => {
	const terms = editions.flatMap((e) =>
		(e.spanish?.terms ?? []).map((t) => ({ ...t, folder: e.folder, key: t.term.toLowerCase() }))
	);
	it('gives a term that appears in several lessons the same definition each time', () => {
		const differing = terms.filter((a) =>
			terms.some((b) => a.key === b.key && a.definition !== b.definition)
		);
		expect(differing.map((t) => `${t.folder}: ${t.term}`)).toEqual([]);
	});
	it('has one entry per idea: no term is another term with words added', () => {
		const keys = [...new Set(terms.map((t) => t.key))];
		const nested = keys.flatMap((a) =>
			keys.filter((b) => b !== a && b.startsWith(`${a} `)).map((b) => `${a} / ${b}`)
		);
		expect(nested).toEqual([]);
	});
});

describe('typed answers in Spanish', () => {
	// The course's Spanish text questions are found by what they accept, not by id (ids are neutral
	// and may be renumbered, and a question may move to another lesson or be dropped).
	type TextQuestion = Extract<Question, { kind: 'text' }>;
	const names = (q: TextQuestion, typed: string) => q.answers.some((a) => answerKey(a) === answerKey(typed));
	const spanishText = editions
		.flatMap((e) => e.spanish?.quiz.questions ?? [])
		.filter((q): q is TextQuestion => q.kind === 'text');
	const asking = (...typed: string[]) => spanishText.find((q) => typed.every((t) => names(q, t)));

	// Case, a leading article, a part in brackets, singular and plural, the English word, and wrong
	// answers a learner might type, on a question the course asks: the kind of attack in lesson 5's
	// Middle East comparison.
	const attack = asking('ataques selectivos', 'targeted');
	it('has a Spanish text question on the kind of attack in the Middle East comparison', () =>
		expect(attack).toBeDefined());

	it.each([
		'Selectivos',
		'SELECTIVO',
		'los ataques selectivos',
		'un ataque selectivo',
		'ataques selectivos (targeted)',
		'dirigidos',
		'focalizados',
		'targeted'
	])('accepts %j for the kind of attack', (typed) => expect(!!attack && names(attack, typed)).toBe(true));

	it.each(['letales', 'aéreos', 'con drones', 'terrestres', 'Oriente Medio'])('rejects %j', (typed) =>
		expect(!!attack && names(attack, typed)).toBe(false)
	);
});

// ---------------------------------------------------------------------------------------------
// Fixtures: a small lesson in both editions, then one break per rule.

const enMarkdown = `---
title: A small lesson
summary: A tiny lesson used by the tests.
objectives:
  - Tell a plan from an action.
  - Name the sources.
terms:
  - term: Plan
    definition: A worked-out intention.
    paragraph: plan
teacher:
  prompts:
    - Why plan?
  extension: Find a plan.
---

A plan was reported. {#plan}

The sources were unnamed. {#sources}
`;

const esMarkdown = `---
title: Una lección pequeña
summary: Una lección mínima para las pruebas.
objectives:
  - Distinguir un plan de una acción.
  - Nombrar las fuentes.
terms:
  - term: Plan
    definition: Una intención pensada en detalle.
    paragraph: plan
teacher:
  prompts:
    - ¿Por qué planificar?
  extension: Busca un plan.
---

Se informó de un plan. {#plan}

Las fuentes no tenían nombre. {#sources}
`;

const quiz = (es: boolean) => ({
	passMark: 70,
	questions: [
		{
			id: 'stage',
			kind: 'single',
			level: 'recall',
			prompt: es ? '¿En qué etapa?' : 'What stage?',
			paragraph: 'plan',
			explanation: es ? 'Un plan.' : 'A plan.',
			options: [
				{ id: 'b', text: es ? 'Plan' : 'Plan' },
				{ id: 'a', text: es ? 'Ataque' : 'Strike' },
				{ id: 'c', text: es ? 'Acuerdo' : 'Agreement' }
			],
			answer: 'b'
		},
		{
			id: 'figure',
			kind: 'numeric',
			level: 'recall',
			prompt: es ? '¿Cuántas?' : 'How many?',
			paragraph: 'sources',
			explanation: es ? 'Tres.' : 'Three.',
			answer: 3,
			tolerance: 0,
			unit: es ? 'fuentes' : 'sources'
		},
		{
			id: 'mark',
			kind: 'highlight',
			level: 'analyse',
			prompt: es ? 'Marca.' : 'Mark.',
			paragraph: 'sources',
			explanation: es ? 'Porque sí.' : 'Because.',
			invented: { label: es ? 'una publicación' : 'a post' },
			passage: [
				{ id: 'p1', text: es ? 'La ciudad' : 'The city' },
				{ id: 'p2', text: es ? 'habría decidido' : 'reportedly decided' },
				{ id: 'p3', text: es ? 'cerrar el puente.' : 'to close the bridge.' }
			],
			answer: ['p2']
		},
		{
			id: 'name',
			kind: 'text',
			level: 'understand',
			prompt: es ? '¿Qué comando?' : 'Which command?',
			paragraph: 'plan',
			explanation: es ? 'El Comando Norte.' : 'Northern Command.',
			answers: es ? ['Comando Norte', 'NORTHCOM'] : ['Northern Command', 'NORTHCOM', 'US Northern Command']
		}
	]
});

const parse = (markdown: string, data: object, language?: string) => {
	const files = { folder: '10-small', markdown, quiz: YAML.stringify(data) };
	return language ? parseLesson({ ...files, language: language as 'es' }) : parseLesson(files);
};
const enLesson = parse(enMarkdown, quiz(false));
type Mutable = { quiz: { questions: Record<string, unknown>[] } } & Record<string, unknown>;
/** The Spanish fixture, changed by `edit` (on a copy of the parsed lesson). */
function spanish(edit: (l: Mutable) => void = () => {}, markdown = esMarkdown): EditionProblem[] {
	const lesson = structuredClone(parse(markdown, quiz(true), 'es')) as unknown as Mutable;
	edit(lesson);
	return compareEditions('10-small', enLesson, lesson as unknown as Lesson);
}
const lines = (problems: EditionProblem[]) => problems.map(formatEditionProblem);
const q = (l: Mutable, i: number) => l.quiz.questions[i]!;

describe('compareEditions', () => {
	it('finds nothing when only the wording differs (including the number of typed variants)', () => {
		expect(spanish()).toEqual([]);
	});

	it('names the Spanish file and the field, with the English key', () => {
		expect(lines(spanish((l) => (q(l, 0).answer = 'a')))).toEqual([
			'lessons/10-small/quiz.es.yaml: questions[0].answer: "a" differs from the English key "b"'
		]);
	});

	it('finds a missing, an extra and a reordered question', () => {
		expect(lines(spanish((l) => l.quiz.questions.splice(1, 1)))).toEqual([
			'lessons/10-small/quiz.es.yaml: questions: the question "figure" is missing (the English has it at questions[1])'
		]);
		expect(lines(spanish((l) => l.quiz.questions.push({ ...q(l, 0), id: 'extra' })))).toEqual([
			'lessons/10-small/quiz.es.yaml: questions[4]: the question "extra" is not in the English'
		]);
		expect(lines(spanish((l) => l.quiz.questions.reverse()))).toEqual([
			'lessons/10-small/quiz.es.yaml: questions: the questions are in another order than the English: name, mark, figure, stage (English: stage, figure, mark, name)'
		]);
	});

	it('finds a different kind, level and paragraph', () => {
		const found = lines(
			spanish((l) => {
				q(l, 0).level = 'analyse';
				q(l, 1).paragraph = 'plan';
				q(l, 3).kind = 'single';
			})
		);
		expect(found).toEqual([
			'lessons/10-small/quiz.es.yaml: questions[0].level: "analyse" differs from the English "recall"',
			'lessons/10-small/quiz.es.yaml: questions[1].paragraph: "plan" differs from the English "sources"',
			'lessons/10-small/quiz.es.yaml: questions[3].kind: "single" differs from the English "text"'
		]);
	});

	it('finds choice ids that are missing, renamed or written in another order', () => {
		const options = (l: Mutable) => q(l, 0).options as { id: string; text: string }[];
		expect(lines(spanish((l) => options(l).reverse()))).toEqual([
			'lessons/10-small/quiz.es.yaml: questions[0].options: the ids are in another order than the English: c, a, b (English: b, a, c)'
		]);
		expect(lines(spanish((l) => (options(l)[2]!.id = 'd')))).toEqual([
			'lessons/10-small/quiz.es.yaml: questions[0].options: the id "c" is missing (the English has it at questions[0].options[2])',
			'lessons/10-small/quiz.es.yaml: questions[0].options[2]: the id "d" is not in the English'
		]);
	});

	it('finds highlight parts and keys that differ, but not a key list in another order', () => {
		const passage = (l: Mutable) => q(l, 2).passage as { id: string }[];
		expect(lines(spanish((l) => passage(l).pop()))).toEqual([
			'lessons/10-small/quiz.es.yaml: questions[2].passage: the id "p3" is missing (the English has it at questions[2].passage[2])'
		]);
		expect(lines(spanish((l) => (q(l, 2).answer = ['p2', 'p3'])))).toEqual([
			'lessons/10-small/quiz.es.yaml: questions[2].answer: ["p2","p3"] differs from the English key ["p2"]'
		]);
		const twoKeys = (l: Mutable, order: string[]) => (q(l, 2).answer = order);
		const en2 = structuredClone(enLesson) as unknown as Mutable;
		twoKeys(en2, ['p1', 'p2']);
		const es2 = structuredClone(parse(esMarkdown, quiz(true), 'es')) as unknown as Mutable;
		twoKeys(es2, ['p2', 'p1']);
		expect(compareEditions('10-small', en2 as unknown as Lesson, es2 as unknown as Lesson)).toEqual([]);
	});

	it('finds a numeric answer or tolerance that differs, and a unit or invented text that is missing or extra', () => {
		const found = lines(
			spanish((l) => {
				q(l, 1).answer = 4;
				q(l, 1).tolerance = 1;
				delete q(l, 1).unit;
				(q(l, 2).invented as Record<string, unknown>).text = 'Un texto.';
			})
		);
		expect(found).toEqual([
			'lessons/10-small/quiz.es.yaml: questions[1].answer: 4 differs from the English key 3',
			'lessons/10-small/quiz.es.yaml: questions[1].tolerance: 1 differs from the English key 0',
			'lessons/10-small/quiz.es.yaml: questions[1].unit: is missing (the English has it)',
			'lessons/10-small/quiz.es.yaml: questions[2].invented.text: is not in the English'
		]);
	});

	it('finds a different pass mark and a text question without accepted answers', () => {
		const found = lines(
			spanish((l) => {
				(l.quiz as Record<string, unknown>).passMark = 60;
				q(l, 3).answers = [];
			})
		);
		expect(found).toEqual([
			'lessons/10-small/quiz.es.yaml: passMark: 60 differs from the English 70',
			'lessons/10-small/quiz.es.yaml: questions[3].answers: must be a list of at least one entry, as in the English'
		]);
	});

	it('finds paragraph ids that are missing, extra or reordered in index.es.md', () => {
		const swapped = esMarkdown
			.replace('{#plan}', '{#x}')
			.replace('{#sources}', '{#plan}')
			.replace('{#x}', '{#sources}');
		expect(lines(spanish(undefined, swapped))).toEqual([
			'lessons/10-small/index.es.md: the paragraph ids are in another order than the English: sources, plan (English: plan, sources)'
		]);
		const extra = `${esMarkdown}\nOtro párrafo. {#extra}\n`;
		expect(lines(spanish(undefined, extra))).toEqual([
			'lessons/10-small/index.es.md: paragraph 3: the paragraph id "extra" is not in the English'
		]);
	});

	it('finds a different number of objectives, terms or prompts, a missing extension, and a changed term field', () => {
		const found = lines(
			spanish((l) => {
				(l.objectives as string[]).pop();
				(l.terms as object[]).push({ term: 'Acción', definition: 'Lo que se hace.' });
				(l.teacher as { prompts: string[]; extension?: string }).prompts.push('¿Y?');
				delete (l.teacher as { extension?: string }).extension;
				(l.terms as Record<string, unknown>[])[0]!.paragraph = 'sources';
			})
		);
		expect(found).toEqual([
			'lessons/10-small/index.es.md: objectives: has 1 objective; the English has 2',
			'lessons/10-small/index.es.md: terms: has 2 terms; the English has 1',
			'lessons/10-small/index.es.md: teacher.prompts: has 2 prompts; the English has 1',
			'lessons/10-small/index.es.md: terms[0].paragraph: "sources" differs from the English "plan"',
			'lessons/10-small/index.es.md: teacher.extension: is missing (the English has it)'
		]);
	});
});

describe('compareEditions on diagrams', () => {
	const timeline = (when: string, style?: 'plan'): Diagram => ({
		id: 'steps',
		kind: 'timeline',
		title: when,
		events: [
			{ when, what: when },
			{ when, what: when, ...(style ? { style, tag: when } : {}) }
		]
	});
	const withDiagrams = (lesson: Lesson, diagrams: Diagram[]) => ({ ...structuredClone(lesson), diagrams });
	const esLesson = parse(esMarkdown, quiz(true), 'es');

	it('finds nothing when only the words differ', () => {
		const en = withDiagrams(enLesson, [timeline('Monday', 'plan')]);
		const es = withDiagrams(esLesson, [timeline('Lunes', 'plan')]);
		expect(compareEditions('10-small', en, es)).toEqual([]);
	});

	it('names diagrams.es.yaml for a missing file and for a changed style', () => {
		const en = withDiagrams(enLesson, [timeline('Monday', 'plan')]);
		expect(lines(compareEditions('10-small', en, esLesson))).toEqual([
			'lessons/10-small/diagrams.es.yaml: is missing: the English has 1 diagram (steps)'
		]);
		expect(lines(compareEditions('10-small', en, withDiagrams(esLesson, [timeline('Lunes')])))).toEqual([
			'lessons/10-small/diagrams.es.yaml: diagrams[0].events[1].style: the style (none) differs from the original\'s "plan"',
			"lessons/10-small/diagrams.es.yaml: diagrams[0].events[1].tag: having a tag: false differs from the original's true"
		]);
	});
});

describe('parseLesson for an edition', () => {
	it('names the edition’s files in content errors', () => {
		const broken = {
			folder: '10-small',
			markdown: esMarkdown.replace('title: Una lección pequeña\n', ''),
			quiz: YAML.stringify(quiz(true))
		};
		expect(() => parseLesson({ ...broken, language: 'es' })).toThrow(ContentError);
		expect(() => parseLesson({ ...broken, language: 'es' })).toThrow(
			/^lessons\/10-small\/index\.es\.md: title: is missing$/m
		);
		const badQuiz = { ...broken, markdown: esMarkdown, quiz: 'questions: [' };
		expect(() => parseLesson({ ...badQuiz, language: 'es' })).toThrow(
			/^lessons\/10-small\/quiz\.es\.yaml: is not valid YAML/
		);
	});
});
