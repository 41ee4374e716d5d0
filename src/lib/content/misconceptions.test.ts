// A lesson's notes may name the wrong idea behind a wrong option; the build refuses one that names
// a question or option the quiz does not have, or the key itself.
import { describe, expect, it } from 'vitest';
import { readLessonFolders } from '../../../tests/content/read-folders';
import { parseLesson } from './validate';

const [files] = readLessonFolders('lessons');

describe('teacher.misconceptions', () => {
	it('are read from the notes', () => {
		const lesson = parseLesson(files!);
		expect(lesson.teacher.misconceptions?.[0]).toMatchObject({ question: 'rep-4', option: 'a' });
	});

	it('must name a question and a wrong option of it', () => {
		const bad = (question: string, option: string) => ({
			...files!,
			markdown: files!.markdown.replace(
				/\n {2}misconceptions:\n/,
				`\n  misconceptions:\n    - question: ${question}\n      option: ${option}\n      idea: Some idea.\n`
			)
		});
		expect(() => parseLesson(bad('no-such-question', 'a'))).toThrow(/not a question of the quiz/);
		expect(() => parseLesson(bad('rep-4', 'z'))).toThrow(/not one of its options/);
		expect(() => parseLesson(bad('rep-4', 'c'))).toThrow(/is the key/);
		expect(() => parseLesson(bad('rep-1', 'a'))).toThrow(/not a choice question/);
	});
});
