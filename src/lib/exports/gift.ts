// GIFT, Moodle's plain-text question format (also read by other quiz tools): one file per lesson.
// Titles are the course ids; the explanation and the link back to the paragraph are each
// question's general feedback. Mappings that lose something are reported (common.ts, docs/lms.md).
import {
	asChoices,
	courseId,
	feedbackText,
	paragraphUrl,
	promptOf,
	type ExportLesson,
	type ExportWords,
	type Loss
} from './common';

/** GIFT's special characters, escaped; a line break as `\n`. */
export const escapeGift = (s: string) => s.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** A weight as GIFT writes it: Moodle rounds to its nearest grade (1/n for n up to 10 are exact). */
const percent = (fraction: number) => `%${Number((fraction * 100).toFixed(5))}%`;

export function gift(lesson: ExportLesson, words: ExportWords): { text: string; losses: Loss[] } {
	const losses: Loss[] = [];
	const lose = (question: string, code: Loss['code']) =>
		losses.push({ format: 'gift', lesson: lesson.slug, question, code });
	const out = [
		`// ${lesson.title}`,
		`// ${lesson.url}`,
		`$CATEGORY: $course$/top/${lesson.title.replace(/\r?\n/g, ' ')}`,
		''
	];
	const item = (id: string, link: string, stem: string, answers: string, fb: string) =>
		out.push(
			`// ${id} ${link}`,
			`::${escapeGift(id)}::${escapeGift(stem)} {\n${answers}\n####${escapeGift(fb)}\n}`,
			''
		);

	for (const q of lesson.questions) {
		const id = courseId(lesson.slug, q.id);
		const link = paragraphUrl(lesson, q);
		const fb = feedbackText(q, link, words);
		const choices = asChoices(lesson, q, words);
		if (q.kind === 'true-false') {
			item(id, link, promptOf(q), q.answer ? 'TRUE' : 'FALSE', fb);
		} else if (choices) {
			if (q.kind === 'evidence') lose(q.id, 'evidence-split');
			if (q.kind === 'highlight') lose(q.id, 'highlight-list');
			for (const c of choices) {
				const n = c.correct.length;
				const lines = c.options.map((text, i) => {
					const right = c.correct.includes(i);
					if (!c.multiple) return `\t${right ? '=' : '~'}${escapeGift(text)}`;
					return `\t~${percent(right ? 1 / n : -1 / n)}${escapeGift(text)}`;
				});
				item(c.id, link, c.prompt, lines.join('\n'), fb);
			}
		} else if (q.kind === 'match') {
			const lines = q.pairs.map((p) => `\t=${escapeGift(p.left)} -> ${escapeGift(p.right)}`);
			item(id, link, promptOf(q), lines.join('\n'), fb);
		} else if (q.kind === 'order') {
			lose(q.id, 'order-matching');
			const lines = q.items.map(
				(it, i) => `\t=${escapeGift(it.text)} -> ${escapeGift(words.position(i + 1))}`
			);
			item(id, link, promptOf(q), lines.join('\n'), fb);
		} else if (q.kind === 'numeric') {
			if (q.unit) lose(q.id, 'numeric-unit');
			const stem = q.unit ? `${promptOf(q)} ${words.inUnit(q.unit)}` : promptOf(q);
			item(id, link, stem, `\t#${q.answer}:${q.tolerance}`, fb);
		} else if (q.kind === 'text') {
			lose(q.id, 'text-folding');
			item(id, link, promptOf(q), q.answers.map((a) => `\t=${escapeGift(a)}`).join('\n'), fb);
		}
	}
	return { text: out.join('\n'), losses };
}
