// The course, loaded and checked once when the build starts: a bad lesson file stops the build
// with the file and field named. Server-only, so the raw files never reach the browser bundle.
import { parseCourse } from '$lib/content/validate';
import { folderOf } from '$lib/content/folders';
import type { Lesson, LessonSummary } from '$lib/content/types';

const markdown = import.meta.glob<string>('/lessons/*/index.md', {
	query: '?raw',
	import: 'default',
	eager: true
});
const quizzes = import.meta.glob<string>('/lessons/*/quiz.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
});
const diagrams = import.meta.glob<string>('/lessons/*/diagrams.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
});

export const lessons: Lesson[] = parseCourse(
	Object.entries(markdown).map(([path, text]) => ({
		folder: folderOf(path),
		markdown: text,
		quiz: quizzes[`/lessons/${folderOf(path)}/quiz.yaml`],
		diagrams: diagrams[`/lessons/${folderOf(path)}/diagrams.yaml`]
	}))
);

const bySlug = new Map(lessons.map((l) => [l.slug, l]));

export function getLesson(slug: string): Lesson | undefined {
	return bySlug.get(slug);
}

export function summarize(lesson: Lesson): LessonSummary {
	const { quiz, teacher: _teacher, paragraphs: _paragraphs, diagrams: _diagrams, ...rest } = lesson;
	return {
		...rest,
		questionCount: quiz.questions.length,
		questionKinds: [...new Set(quiz.questions.map((q) => q.kind))]
	};
}
