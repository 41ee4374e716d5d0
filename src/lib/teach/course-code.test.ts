// Results codes for the real course, made the way the assignment page makes them (the quiz's
// result and answers -> a kept attempt -> the code): how long a whole course's code is, that it
// stays within the caps, and that the class page reads it back as it was, with nothing flagged.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readLessonFolders } from '../../../tests/content/read-folders';
import { parseCourse } from '../content/validate';
import { t } from '../i18n';
import { responseFor } from '../quiz/arbitraries';
import { newAttempt } from '../quiz/record';
import { keyResponse } from '../quiz/score';
import * as session from '../quiz/session';
import type { Response } from '../quiz/kinds';
import type { Quiz } from '../quiz/schema';
import { buildClass } from './class';
import { attemptFrom, emptyLearner, lessonResult, withAttempt, type LearnerState } from './learner';
import { decodeResultsCode, encodeResultsCode, MAX_CODE, MAX_CODE_ATTEMPTS } from './results-code';
import { lessonInfo } from './site';

const course = parseCourse(readLessonFolders('lessons'));
const lessons = course.map((l) => lessonInfo(l, t.quiz.words));
const T0 = 1795000000;

/** A finished test attempt answering with `answer`, kept as the assignment page keeps it. */
function testAttempt(
	quiz: Quiz,
	number: number,
	answer: (q: Quiz['questions'][number]) => Response | null,
	at: number
) {
	let a = newAttempt(number, 'test', 1, at * 1000);
	for (const q of quiz.questions) a = session.respond(a, q.id, answer(q), at * 1000);
	a = { ...a, submitted: true };
	return attemptFrom(session.result(quiz, a, quiz.passMark), quiz, a.responses, at);
}

/** A practice attempt: a wrong first check on every other question, then the key. */
function practiceAttempt(quiz: Quiz, number: number, at: number) {
	let a = newAttempt(number, 'practice', 1, at * 1000);
	quiz.questions.forEach((q, i) => {
		if (i % 2 === 0) {
			a = session.respond(a, q.id, fc.sample(responseFor(q), { numRuns: 1, seed: i })[0]!, at * 1000);
			a = session.check(a, q, at * 1000).attempt;
		}
		a = session.respond(a, q.id, keyResponse(q), at * 1000);
		if (!a.checked.includes(q.id)) a = session.check(a, q, at * 1000).attempt;
	});
	return attemptFrom(session.result(quiz, a, quiz.passMark), quiz, a.responses, at);
}

function codeOf(state: LearnerState) {
	return encodeResultsCode({
		assignment: '0a1b2c3d',
		name: 'Ana María Fernández-López',
		lessons: Object.values(state.results).map(lessonResult)
	});
}

describe('a whole course in one code', () => {
	it('test mode, one attempt each, every choice recorded: short enough to paste in a chat', () => {
		let state = emptyLearner();
		course.forEach((l, i) => {
			const attempt = testAttempt(l.quiz, 1, keyResponse, T0 + 600 * (i + 1));
			state = withAttempt(state, l.slug, attempt, T0 + 600 * i);
		});
		const code = codeOf(state);
		console.log(`whole course, test mode, 1 attempt each: ${code.length} characters`);
		expect(code.length).toBeLessThan(1600);
		const read = decodeResultsCode(code);
		expect(read.ok).toBe(true);
		const c = buildClass([{ label: 'x', text: code }], { lessons, now: T0 + 10_000 });
		expect(c.rows.map((r) => r.issues)).toEqual(course.map(() => []));
		expect(c.rows.map((r) => [r.first.earned, r.first.max])).toEqual(
			course.map((l) => {
				const max = lessons.find((x) => x.slug === l.slug)!.questions.reduce((n, q) => n + q.max, 0);
				return [max, max];
			})
		);
		// Every choice question's pick counted once, on the key.
		const picks = c.analysis.flatMap((l) => l.items).filter((q) => q.options);
		const choiceKinds = ['single', 'multiple', 'true-false', 'evidence', 'highlight'];
		const choices = course.flatMap((l) => l.quiz.questions).filter((q) => choiceKinds.includes(q.kind));
		expect(picks.length).toBe(choices.length);
		expect(picks.length).toBeGreaterThan(10);
		for (const q of picks) expect(q.noChoice, q.id).toBe(0);
	});

	it('practice, three attempts each with first tries: still well within the caps', () => {
		let state = emptyLearner();
		course.forEach((l, i) => {
			for (let n = 1; n <= 3; n++) {
				const at = T0 + 3600 * i + 600 * n;
				state = withAttempt(state, l.slug, practiceAttempt(l.quiz, n, at), T0 + 3600 * i);
			}
		});
		const code = codeOf(state);
		console.log(`whole course, practice, 3 attempts each: ${code.length} characters`);
		expect(code.length).toBeLessThan(2000);
		const c = buildClass([{ label: 'x', text: code }], { lessons, now: T0 + 100_000 });
		expect(c.rows.flatMap((r) => r.issues)).toEqual([]);
		expect(c.rows.every((r) => r.attempts === 3 && r.firstTry !== null)).toBe(true);
		expect(c.rows.every((r) => r.firstTry! < r.first.max)).toBe(true);
	});

	it('the most a code can carry (every lesson, every attempt the cap allows) is under the code cap', () => {
		let state = emptyLearner();
		course.forEach((l, i) => {
			for (let n = 1; n <= MAX_CODE_ATTEMPTS + 5; n++) {
				const at = T0 + 86_400 * i + 600 * n;
				state = withAttempt(state, l.slug, practiceAttempt(l.quiz, n, at), T0 + 86_400 * i);
			}
		});
		const code = codeOf(state);
		console.log(`whole course, ${MAX_CODE_ATTEMPTS + 5} practice attempts each: ${code.length} characters`);
		expect(code.length).toBeLessThan(MAX_CODE / 2);
		const read = decodeResultsCode(code);
		expect(read.ok && read.value.lessons.every((l) => l.attempts.length === MAX_CODE_ATTEMPTS)).toBe(true);
	});
});
