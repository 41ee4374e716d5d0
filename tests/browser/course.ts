// The course as the build sees it, for browser tests that need to know the answer keys.
import { parseCourse } from '../../src/lib/content/validate';
import type { Lesson } from '../../src/lib/content/types';
import { readLessonFolders } from '../content/read-folders';
import * as en from '../../src/lib/i18n/en';
import { lessonInfo } from '../../src/lib/teach/site';

export const course = parseCourse(readLessonFolders('lessons'));

/** The course's n-th lesson (0-based); the tests need at least two lessons. */
export function lessonAt(n: number): Lesson {
	const lesson = course[n];
	if (!lesson)
		throw new Error(`The browser tests need a lesson number ${n + 1}; the course has ${course.length}.`);
	return lesson;
}

/** A lesson as /teach/results knows it (site.ts), keys of choice questions included. */
export const infoOf = (lesson: Lesson) => lessonInfo(lesson, en.quiz.words);
