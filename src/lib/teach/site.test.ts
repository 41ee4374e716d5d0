// The keys the class page's item analysis marks, from the real course: each choice question's key
// is the option the quiz itself scores as right, and nothing else gets one.
import { describe, expect, it } from 'vitest';
import { readLessonFolders } from '../../../tests/content/read-folders';
import { parseCourse } from '../content/validate';
import { t } from '../i18n';
import { keyResponse, score } from '../quiz/score';
import { isChoiceKind } from './picks';
import { lessonInfo, lessonKeys } from './site';

const course = parseCourse(readLessonFolders('lessons'));

describe('lessonKeys', () => {
	it('keys every choice question of every lesson with options it has, and no other kind', () => {
		for (const lesson of course) {
			const keys = new Map(lessonKeys(lesson));
			const info = lessonInfo(lesson, t.quiz.words);
			for (const q of info.questions) {
				const key = keys.get(`${lesson.slug}/${q.id}`);
				if (!isChoiceKind(q.kind)) {
					expect(key, `${lesson.slug}/${q.id}`).toBeUndefined();
					continue;
				}
				expect(key, `${lesson.slug}/${q.id}`).toBeDefined();
				const ids = q.options!.map((o) => o.id);
				expect(key!.keyed.length).toBeGreaterThan(0);
				for (const id of key!.keyed) expect(ids).toContain(id);
				expect(key!.why.length).toBeGreaterThan(20);
			}
		}
	});

	it('is the answer the quiz scores full marks', () => {
		const lesson = course[0]!;
		const keys = new Map(lessonKeys(lesson));
		for (const q of lesson.quiz.questions) {
			const key = keys.get(`${lesson.slug}/${q.id}`);
			if (!key) continue;
			if (q.kind === 'single') expect(key.keyed).toEqual([q.answer]);
			if (q.kind === 'true-false') expect(key.keyed).toEqual([String(q.answer)]);
			if (q.kind === 'multiple')
				expect(key.keyed).toEqual(q.options.filter((o) => q.answer.includes(o.id)).map((o) => o.id));
			expect(score(q, keyResponse(q)).status).toBe('correct');
		}
	});
});

describe('misconceptions in the lesson notes', () => {
	it('are given to the item analysis by question and option, and only wrong options have them', () => {
		const lesson = course[0]!;
		expect(lesson.teacher.misconceptions?.length).toBeGreaterThan(0);
		const keys = new Map(lessonKeys(lesson));
		for (const m of lesson.teacher.misconceptions ?? []) {
			const key = keys.get(`${lesson.slug}/${m.question}`)!;
			expect(key.ideas?.[m.option]).toBe(m.idea);
			expect(key.keyed).not.toContain(m.option);
		}
	});
});
