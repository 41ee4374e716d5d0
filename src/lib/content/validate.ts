// Turns one lesson folder's raw files into checked data, or throws a ContentError that names the
// file and the field. Runs at build time (and in tests), never in front of a learner.
import * as v from 'valibot';
import { Quiz, type Question } from '../quiz/schema';
import { keyResponse } from '../quiz/score';
import { optionsOf, pickIds, pickOf } from '../teach/picks';
import { quizProblems } from '../quiz/integrity';
import { ContentError, parseWith, parseYaml, Text } from './parse';
import { checkPlacement, parseDiagrams } from './diagrams';
import { FOLDER } from './folders';
import { termKey } from './glossary';
import type { Lesson, Term } from './types';
import type { Problem } from '../quiz/integrity';
import { DEFAULT_LANGUAGE, editionFile, type Language } from '../i18n/languages';

export { ContentError };

const ParagraphId = v.pipe(
	v.string('must be a paragraph id'),
	v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a paragraph id: lowercase letters, digits and hyphens')
);

const Frontmatter = v.strictObject({
	title: Text,
	summary: Text,
	objectives: v.pipe(
		v.array(Text, 'must be a list'),
		v.minLength(1, 'needs at least one objective'),
		v.maxLength(6, 'has more than 6 objectives')
	),
	terms: v.optional(
		v.array(
			/** `paragraph`: the {#id} of the paragraph where the term is used; the glossary links to it. */
			v.strictObject({ term: Text, definition: Text, paragraph: ParagraphId }),
			'must be a list'
		),
		[]
	),
	teacher: v.optional(
		v.strictObject({
			prompts: v.optional(v.array(Text, 'must be a list'), []),
			extension: v.optional(Text),
			/**
			 * The wrong idea a wrong option stands for, where the author knows it: the class page's
			 * item analysis names it beside the most chosen wrong answer.
			 */
			misconceptions: v.optional(
				v.array(v.strictObject({ question: ParagraphId, option: ParagraphId, idea: Text }), 'must be a list')
			)
		}),
		{ prompts: [] }
	)
});

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const PARAGRAPH_ID = /\{#([a-z0-9][a-z0-9-]*)\}\s*$/gm;
const DIAGRAM_LINE = /^\{diagram [a-z0-9-]+\}\s*$/gm;
const WORDS_PER_MINUTE = 200;

/** Each misconception names a question of the quiz and a wrong option of it. */
function misconceptionProblems(
	list: { question: string; option: string }[],
	quiz: { questions: Question[] }
): Problem[] {
	return list.flatMap((m, i): Problem[] => {
		const path = `teacher.misconceptions[${i}]`;
		const q = quiz.questions.find((x) => x.id === m.question);
		if (!q) return [{ path: `${path}.question`, message: `"${m.question}" is not a question of the quiz` }];
		const options = optionsOf(q, { true: 'true', false: 'false' });
		if (!options) return [{ path: `${path}.question`, message: `"${m.question}" is not a choice question` }];
		if (!options.some((o) => o.id === m.option))
			return [{ path: `${path}.option`, message: `"${m.option}" is not one of its options` }];
		const key = pickOf(q, keyResponse(q));
		if (key !== undefined && pickIds(key).includes(m.option))
			return [{ path: `${path}.option`, message: `"${m.option}" is the key, not a wrong answer` }];
		return [];
	});
}

/** Each paragraph id's section: the last `##` (or `###`) heading above it, as written. */
export function sectionsOf(body: string): Record<string, string> {
	const sections: Record<string, string> = {};
	let heading: string | null = null;
	for (const line of body.split('\n')) {
		const h = /^#{2,3}\s+(.+?)\s*$/.exec(line);
		if (h) {
			heading = h[1]!.replace(/\s*\{#[^}]*\}$/, '');
			continue;
		}
		const p = /\{#([a-z0-9][a-z0-9-]*)\}\s*$/.exec(line);
		if (p && heading) sections[p[1]!] = heading;
	}
	return sections;
}

/** Each key term points at a paragraph of the reading, and is listed once. */
function termsProblems(terms: Term[], paragraphs: string[]): Problem[] {
	const known = paragraphs.join(', ') || 'none: end a paragraph with {#some-id}';
	return terms.flatMap((t, i): Problem[] => [
		...(paragraphs.includes(t.paragraph)
			? []
			: [
					{
						path: `terms[${i}].paragraph`,
						message: `no paragraph has the id "${t.paragraph}" (known ids: ${known})`
					}
				]),
		...(terms.findIndex((other) => termKey(other.term) === termKey(t.term)) < i
			? [{ path: `terms[${i}].term`, message: `"${t.term}" is listed twice` }]
			: [])
	]);
}

export interface LessonFiles {
	/** Folder name under lessons/, e.g. `10-the-report`. */
	folder: string;
	markdown: string;
	/** `undefined` when the folder has no quiz.yaml. */
	quiz: string | undefined;
	/** diagrams.yaml, if the folder has one (the reading places each diagram with `{diagram id}`). */
	diagrams?: string | undefined;
	/** The edition these files are (index.es.md…); English when left out. Messages name its files. */
	language?: Language;
}

export function parseLesson({
	folder,
	markdown,
	quiz,
	diagrams: diagramsYaml,
	language = DEFAULT_LANGUAGE
}: LessonFiles): Lesson {
	const dir = `lessons/${folder}`;
	const folderMatch = FOLDER.exec(folder);
	if (!folderMatch) {
		throw new ContentError(dir, [
			{ path: '', message: 'folder names are two digits, a hyphen and a slug, e.g. 10-the-report' }
		]);
	}
	const mdFile = `${dir}/${editionFile('index.md', language)}`;
	const quizFile = `${dir}/${editionFile('quiz.yaml', language)}`;
	const diagramsFile = `${dir}/${editionFile('diagrams.yaml', language)}`;

	if (!markdown.trim()) {
		throw new ContentError(mdFile, [
			{
				path: '',
				message:
					language === DEFAULT_LANGUAGE
						? 'is empty'
						: 'is missing or empty: every lesson needs its reading in each language of the course'
			}
		]);
	}
	const fm = FRONTMATTER.exec(markdown);
	if (!fm) throw new ContentError(mdFile, [{ path: '', message: 'has no frontmatter (--- at the top)' }]);
	const meta = parseWith(Frontmatter, parseYaml(fm[1] ?? '', mdFile) ?? {}, mdFile);

	const body = markdown.slice(fm[0].length);
	const paragraphs = [...body.matchAll(PARAGRAPH_ID)].map((m) => m[1]!);
	const twice = paragraphs.filter((id, i) => paragraphs.indexOf(id) !== i);
	if (twice.length) {
		throw new ContentError(mdFile, [{ path: '', message: `paragraph id {#${twice[0]}} is used twice` }]);
	}
	const termProblems = termsProblems(meta.terms, paragraphs);
	if (termProblems.length) throw new ContentError(mdFile, termProblems);

	const diagrams = diagramsYaml === undefined ? [] : parseDiagrams(diagramsYaml, diagramsFile);
	checkPlacement(body, diagrams, {
		markdown: mdFile,
		diagrams: diagramsFile,
		present: diagramsYaml !== undefined
	});

	if (quiz === undefined) throw new ContentError(quizFile, [{ path: '', message: 'is missing' }]);
	const parsedQuiz = parseWith(Quiz, parseYaml(quiz, quizFile) ?? {}, quizFile);
	const problems = quizProblems(parsedQuiz, new Set(paragraphs));
	if (problems.length) throw new ContentError(quizFile, problems);
	const ideaProblems = misconceptionProblems(meta.teacher.misconceptions ?? [], parsedQuiz);
	if (ideaProblems.length) throw new ContentError(mdFile, ideaProblems);

	const words = body
		.replace(PARAGRAPH_ID, '')
		.replace(DIAGRAM_LINE, '')
		.split(/\s+/)
		.filter((w) => /\w/.test(w)).length;

	return {
		slug: folderMatch[2]!,
		order: Number(folderMatch[1]),
		title: meta.title,
		summary: meta.summary,
		objectives: meta.objectives,
		terms: meta.terms,
		teacher: meta.teacher,
		words,
		minutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
		paragraphs,
		sections: sectionsOf(body),
		diagrams,
		quiz: parsedQuiz
	};
}

/** Checks what only the whole course can show: slugs and numbers are unique. Returns lessons in order. */
export function parseCourse(folders: LessonFiles[]): Lesson[] {
	const seen = new Map<string, string>();
	const lessons = folders.map((files) => {
		const lesson = parseLesson(files);
		const dir = `lessons/${files.folder}`;
		for (const key of [`slug "${lesson.slug}"`, `number ${files.folder.slice(0, 2)}`]) {
			const other = seen.get(key);
			if (other) throw new ContentError(dir, [{ path: '', message: `has the same ${key} as ${other}` }]);
			seen.set(key, dir);
		}
		return lesson;
	});
	return lessons.sort((a, b) => a.order - b.order);
}
