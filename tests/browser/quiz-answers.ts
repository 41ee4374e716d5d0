// Answers a quiz in test mode the way a learner would, for the embed and SCORM tests: single and
// true/false questions right, everything else left alone, then submits. Returns the score the
// quiz must report, worked out here with the engine's own pure scorer (order questions left
// untouched are scored as shown, so their shown order is read off the page).
import type { FrameLocator, Page } from '@playwright/test';
import type { Quiz } from '../../src/lib/quiz/schema';
import { maxPoints, score } from '../../src/lib/quiz/score';

export interface Expected {
	earned: number;
	max: number;
	passed: boolean;
}

export async function answerAndSubmit(
	frame: FrameLocator | Page,
	quiz: Quiz,
	passMark = quiz.passMark
): Promise<Expected> {
	let earned = 0;
	let max = 0;
	for (const q of quiz.questions) {
		max += maxPoints(q);
		const group = frame.getByRole('group', { name: q.prompt, exact: true });
		if (q.kind === 'single') {
			const right = q.options.find((o) => o.id === q.answer)!;
			await group.getByRole('radio', { name: right.text, exact: true }).check();
			earned += 1;
		} else if (q.kind === 'true-false') {
			await group.getByRole('radio', { name: q.answer ? 'True' : 'False', exact: true }).check();
			earned += 1;
		} else if (q.kind === 'order') {
			const shown = await group.locator('li .text').allTextContents();
			const order = shown.map((text) => q.items.find((i) => i.text === text.trim())!.id);
			earned += score(q, { kind: 'order', order }).earned;
		}
	}
	await frame.getByRole('button', { name: 'Submit answers' }).click();
	// Left questions unanswered on purpose: the quiz asks once before submitting.
	await frame.getByRole('button', { name: 'Submit anyway' }).click();
	return { earned, max, passed: max > 0 && (earned / max) * 100 >= passMark };
}
