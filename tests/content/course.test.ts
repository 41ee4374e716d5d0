// The real course against the standards a lesson must meet (schema errors already fail the build;
// these are the editorial rules from the course brief).
import { describe, expect, it } from 'vitest';
import { KINDS } from '$lib/quiz/schema';
import { parseCourse } from '$lib/content/validate';
import { readLessonFolders } from './read-folders';

const folders = readLessonFolders('lessons');
const course = parseCourse(folders);
const readingOf = (slug: string) =>
	folders
		.find((f) => f.folder.slice(3) === slug)!
		.markdown.replace(/\{#[a-z0-9-]+\}/g, '')
		.replace(/\*\*?/g, '')
		.replace(/\s+/g, ' ');

describe('the course', () => {
	it('has five lessons in order with short stable slugs', () => {
		expect(course.map((l) => l.slug)).toEqual([
			'the-report',
			'sovereignty',
			'who-plans',
			'fentanyl',
			'what-next'
		]);
	});

	it('uses every question kind', () => {
		const used = new Set(course.flatMap((l) => l.quiz.questions.map((q) => q.kind)));
		expect([...used].sort()).toEqual([...KINDS].sort());
	});

	it('has question ids unique across the course, so results codes name questions unambiguously', () => {
		const ids = course.flatMap((l) => l.quiz.questions.map((q) => `${l.slug}/${q.id}`));
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe("the glossary (/glossary collects every lesson's key terms)", () => {
	const terms = course.flatMap((l) =>
		l.terms.map((t) => ({ ...t, slug: l.slug, key: t.term.toLowerCase() }))
	);

	it('gives a term that appears in several lessons the same definition each time', () => {
		const differing = terms.filter((a) =>
			terms.some((b) => a.key === b.key && a.definition !== b.definition)
		);
		expect(differing.map((t) => `${t.slug}: ${t.term}`)).toEqual([]);
	});

	it('has one entry per idea: no term is another term with words added ("Unilateral", "Unilateral action")', () => {
		const keys = [...new Set(terms.map((t) => t.key))];
		const nested = keys.flatMap((a) =>
			keys.filter((b) => b !== a && b.startsWith(`${a} `)).map((b) => `${a} / ${b}`)
		);
		expect(nested).toEqual([]);
	});
});

describe.each(course.map((l) => [l.slug, l] as const))('lesson %s', (_slug, lesson) => {
	it('reads in 400 to 900 words', () => {
		expect(lesson.words).toBeGreaterThanOrEqual(400);
		expect(lesson.words).toBeLessThanOrEqual(900);
	});

	it('has three or four objectives, key terms and a summary', () => {
		expect(lesson.objectives.length).toBeGreaterThanOrEqual(3);
		expect(lesson.objectives.length).toBeLessThanOrEqual(4);
		expect(lesson.terms.length).toBeGreaterThanOrEqual(3);
		expect(lesson.summary.length).toBeGreaterThan(40);
	});

	it('has teacher notes: discussion prompts and an extension activity', () => {
		expect(lesson.teacher.prompts.length).toBeGreaterThanOrEqual(2);
		expect(lesson.teacher.extension).toBeTruthy();
	});

	it('has a quiz of 8 to 12 questions using at least four kinds', () => {
		const { questions } = lesson.quiz;
		expect(questions.length).toBeGreaterThanOrEqual(8);
		expect(questions.length).toBeLessThanOrEqual(12);
		expect(new Set(questions.map((q) => q.kind)).size).toBeGreaterThanOrEqual(4);
	});

	it('quotes evidence passages from its own reading', () => {
		// Passages must be findable in the reading (allowing for Markdown emphasis and line breaks).
		const reading = readingOf(lesson.slug);
		for (const q of lesson.quiz.questions) {
			if (q.kind !== 'evidence') continue;
			for (const p of q.passages) {
				const core = p.text.replace(/^["“]|["”.]$/g, '').replace(/\s+/g, ' ');
				expect(reading, `${q.id}/${p.id}`).toContain(core);
			}
		}
	});
});
