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
import type { Question } from '../quiz/kinds';

/** GIFT's special characters, escaped; a line break as `\n`. */
export const escapeGift = (s: string) =>
	spaced(s)
		.replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
		.replace(/\r?\n/g, '\\n');

/** GIFT readers collapse runs of spaces (gift-pegjs does): written as one, compared as one. */
export const spaced = (s: string) => s.replace(/[ \t]+/g, ' ');

/**
 * Whether GIFT can hold the question: a matching pair (match, and order written as matching) is
 * split at "->", which GIFT cannot escape.
 */
export const giftHolds = (q: Question) =>
	q.kind === 'match'
		? !q.pairs.some((p) => `${p.left} ${p.right}`.includes('->'))
		: q.kind === 'order'
			? !q.items.some((i) => i.text.includes('->'))
			: true;

/** A number without exponent (GIFT's grammar has none), as JavaScript's shortest round-trip digits. */
export function plainNumber(n: number): string {
	const [mantissa, exp] = String(n).split('e');
	if (exp === undefined) return mantissa!;
	const negative = mantissa!.startsWith('-');
	const [whole, fraction = ''] = mantissa!.replace('-', '').split('.');
	const digits = whole! + fraction;
	const point = whole!.length + Number(exp);
	const out =
		point <= 0
			? `0.${'0'.repeat(-point)}${digits}`
			: point >= digits.length
				? digits + '0'.repeat(point - digits.length)
				: `${digits.slice(0, point)}.${digits.slice(point)}`;
	return (negative ? '-' : '') + out;
}

/** A weight as GIFT writes it: Moodle rounds to its nearest grade (1/n for n up to 10 are exact). */
const percent = (fraction: number) => `%${Number((fraction * 100).toFixed(5))}%`;

export function gift(lesson: ExportLesson, words: ExportWords): { text: string; losses: Loss[] } {
	const losses: Loss[] = [];
	const lose = (question: string, code: Loss['code']) =>
		losses.push({ format: 'gift', lesson: lesson.slug, question, code });
	const out = [
		`// ${lesson.title}`,
		`// ${lesson.url}`,
		// A "/" in a category name is written "//" (Moodle's rule: one "/" starts a subcategory).
		`$CATEGORY: $course$/top/${lesson.title.replace(/\r?\n/g, ' ').replace(/\//g, '//')}`,
		''
	];
	const item = (id: string, link: string, stem: string, answers: string, fb: string) =>
		out.push(
			`// ${id} ${link}`,
			`::${escapeGift(id)}::${escapeGift(stem)} {\n${answers}\n####${escapeGift(fb)}\n}`,
			''
		);

	for (const q of lesson.questions) {
		if (!giftHolds(q)) {
			lose(q.id, 'arrow-in-pair');
			continue;
		}
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
					// An answer that starts with "%" would read as a weight: it gets one of its own.
					if (!c.multiple && text.startsWith('%')) return `\t~${right ? '%100%' : '%0%'}${escapeGift(text)}`;
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
			item(id, link, stem, `\t#${plainNumber(q.answer)}:${plainNumber(q.tolerance)}`, fb);
		} else if (q.kind === 'text') {
			lose(q.id, 'text-folding');
			const answers = q.answers.map((a) => `\t=${a.startsWith('%') ? '%100%' : ''}${escapeGift(a)}`);
			item(id, link, promptOf(q), answers.join('\n'), fb);
		}
	}
	return { text: out.join('\n'), losses };
}
