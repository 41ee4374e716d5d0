// The hints beside a typed answer must not give any lesson's answer away: the old number hint
// ("for example 225 000") was the answer to lessons/40-fentanyl's deaths-figure (issue #20).
import { describe, expect, it } from 'vitest';
import { quiz as en } from '$lib/i18n/en/quiz';
import { quiz as es } from '$lib/i18n/es/quiz';
import { parseLesson } from '$lib/content/validate';
import { answerKey } from '$lib/quiz/normalize';
import { parseNumber, type NumberStyle } from '$lib/quiz/numbers';
import { readLessonFolders } from './read-folders';

const editions = { en, es } as const;
const questions = (language: NumberStyle) =>
	readLessonFolders('lessons', language)
		.map((f) => parseLesson({ ...f, language }))
		.flatMap((l) => l.quiz.questions);

/** Every figure written in a text, read both ways a learner might. */
const figures = (text: string) =>
	(text.match(/\d[\d.,\s\u00a0]*/g) ?? []).flatMap((m) =>
		(['en', 'es'] as const).map((s) => parseNumber(m.trim(), s)).filter((n) => n !== null)
	);

describe.each(Object.keys(editions) as NumberStyle[])('the typed-answer hints (%s)', (language) => {
	const t = editions[language];
	const hints = [t.numberHint, t.notANumber, t.answerLabel];
	const asked = questions(language);
	it('hold no lesson’s numeric answer', () => {
		const answers = asked.flatMap((q) => (q.kind === 'numeric' ? [q.answer] : []));
		expect(answers.length).toBeGreaterThan(0);
		for (const hint of hints) for (const n of figures(hint)) expect(answers, hint).not.toContain(n);
	});
	it('hold no lesson’s typed answer', () => {
		const answers = asked.flatMap((q) => (q.kind === 'text' ? q.answers : [])).map(answerKey);
		for (const hint of hints) for (const a of answers) expect(answerKey(hint), hint).not.toContain(a);
	});
	it('the old hint would have failed', () => {
		expect(figures('for example 225 000')).toContain(225000);
	});
});
