// The course in every language, loaded and checked once when the build starts: a bad lesson file,
// a missing translation or a translation whose structure differs from the English stops the build
// with the file and field named. Server-only, so the raw files never reach the browser bundle.
import { folderOf } from '$lib/content/folders';
import { parseEditions } from '$lib/content/editions';
import type { Lesson, LessonSummary } from '$lib/content/types';
import { editionFile, LANGUAGES, type Language } from '$lib/i18n/languages';

// (Vite reads these options as written: they must be literals.)
const markdown = import.meta.glob<string>('/lessons/*/index*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});
const quizzes = import.meta.glob<string>('/lessons/*/quiz*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
});
const diagrams = import.meta.glob<string>('/lessons/*/diagrams*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
});

// A lesson is a folder with an English reading; every other edition must have its own files.
const folders = Object.keys(markdown)
	.filter((path) => path.endsWith('/index.md'))
	.map(folderOf);

const editions = parseEditions(
	folders,
	(folder, language) => {
		const file = (name: 'index.md' | 'quiz.yaml' | 'diagrams.yaml') =>
			`/lessons/${folder}/${editionFile(name, language)}`;
		return {
			folder,
			markdown: markdown[file('index.md')] ?? '',
			quiz: quizzes[file('quiz.yaml')],
			diagrams: diagrams[file('diagrams.yaml')],
			language
		};
	},
	LANGUAGES
);

/** The course's lessons in order, in `language`. */
export const lessonsIn = (language: Language): Lesson[] => editions[language];

/** The English course (the original edition). */
export const lessons = editions.en;

const bySlug = Object.fromEntries(
	LANGUAGES.map((language) => [language, new Map(editions[language].map((l) => [l.slug, l]))])
) as Record<Language, Map<string, Lesson>>;

export function getLesson(slug: string, language: Language = 'en'): Lesson | undefined {
	return bySlug[language].get(slug);
}

export function summarize(lesson: Lesson): LessonSummary {
	const {
		quiz,
		teacher: _teacher,
		paragraphs: _paragraphs,
		sections: _sections,
		diagrams: _diagrams,
		...rest
	} = lesson;
	return {
		...rest,
		questionCount: quiz.questions.length,
		questionKinds: [...new Set(quiz.questions.map((q) => q.kind))]
	};
}
