// Moodle XML: one file per lesson, in a category named after it. Each question keeps its course id
// as its name and ID number, the explanation and the link back to the paragraph as general
// feedback. Multiple response and highlight carry the site's scoring exactly: each right option
// 1/n, each wrong one −1/n, never below zero (Moodle's own rule for these fractions).
import {
	asChoices,
	courseId,
	escapeXml,
	feedbackText,
	paragraphUrl,
	promptOf,
	type ExportLesson,
	type ExportWords,
	type Loss
} from './common';

const text = (s: string) => `<text>${escapeXml(s)}</text>`;
const html = (s: string) =>
	`<text>${escapeXml(
		s
			.split(/\n{2,}/)
			.map((p) => `<p>${escapeXml(p).replace(/\n/g, '<br>')}</p>`)
			.join('')
	)}</text>`;
/** Fractions as Moodle writes them (percentages, up to seven decimals). */
export const fraction = (f: number) => String(Number((f * 100).toFixed(7)));

export function moodleXml(lesson: ExportLesson, words: ExportWords): { text: string; losses: Loss[] } {
	const losses: Loss[] = [];
	const lose = (question: string, code: Loss['code']) =>
		losses.push({ format: 'moodle', lesson: lesson.slug, question, code });
	const out = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<quiz>',
		`  <question type="category"><category>${text(`$course$/top/${lesson.title.replace(/\//g, '//')}`)}</category><info format="html">${html(lesson.summary)}</info></question>`
	];
	const question = (type: string, id: string, prompt: string, fb: string, body: string) =>
		out.push(
			`  <question type="${type}">`,
			`    <name>${text(id)}</name>`,
			`    <questiontext format="html">${html(prompt)}</questiontext>`,
			`    <generalfeedback format="html">${html(fb)}</generalfeedback>`,
			`    <defaultgrade>1</defaultgrade>`,
			`    <penalty>0</penalty>`,
			`    <hidden>0</hidden>`,
			`    <idnumber>${escapeXml(id)}</idnumber>`,
			body,
			`    <tags><tag>${text(lesson.slug)}</tag></tags>`,
			'  </question>'
		);
	const answer = (f: string, body: string, extra = '') =>
		`    <answer fraction="${f}" format="plain_text">${text(body)}${extra}</answer>`;

	for (const q of lesson.questions) {
		const id = courseId(lesson.slug, q.id);
		const link = paragraphUrl(lesson, q);
		const fb = feedbackText(q, link, words);
		const choices = asChoices(lesson, q, words);
		if (q.kind === 'true-false') {
			question(
				'truefalse',
				id,
				promptOf(q),
				fb,
				[answer(q.answer ? '100' : '0', 'true'), answer(q.answer ? '0' : '100', 'false')].join('\n')
			);
		} else if (choices) {
			if (q.kind === 'evidence') lose(q.id, 'evidence-split');
			if (q.kind === 'highlight') lose(q.id, 'highlight-list');
			for (const c of choices) {
				const n = c.correct.length;
				const body = [
					`    <single>${c.multiple ? 'false' : 'true'}</single>`,
					'    <shuffleanswers>' + (q.kind === 'highlight' ? '0' : '1') + '</shuffleanswers>',
					'    <answernumbering>abc</answernumbering>',
					...c.options.map((o, i) => {
						const right = c.correct.includes(i);
						const f = c.multiple ? fraction(right ? 1 / n : -1 / n) : right ? '100' : '0';
						return answer(f, o);
					})
				].join('\n');
				question('multichoice', c.id, c.prompt, fb, body);
			}
		} else if (q.kind === 'match' || q.kind === 'order') {
			const pairs =
				q.kind === 'match'
					? q.pairs.map((p) => [p.left, p.right] as const)
					: q.items.map((it, i) => [it.text, words.position(i + 1)] as const);
			if (q.kind === 'order') lose(q.id, 'order-matching');
			const body = [
				'    <shuffleanswers>1</shuffleanswers>',
				...pairs.map(
					([l, r]) =>
						`    <subquestion format="plain_text">${text(l)}<answer>${text(r)}</answer></subquestion>`
				)
			].join('\n');
			question('matching', id, promptOf(q), fb, body);
		} else if (q.kind === 'numeric') {
			if (q.unit) lose(q.id, 'numeric-unit');
			const stem = q.unit ? `${promptOf(q)} ${words.inUnit(q.unit)}` : promptOf(q);
			question(
				'numerical',
				id,
				stem,
				fb,
				`    <answer fraction="100" format="plain_text">${text(String(q.answer))}<tolerance>${q.tolerance}</tolerance></answer>`
			);
		} else if (q.kind === 'text') {
			lose(q.id, 'text-folding');
			question(
				'shortanswer',
				id,
				promptOf(q),
				fb,
				['    <usecase>0</usecase>', ...q.answers.map((a) => answer('100', a))].join('\n')
			);
		}
	}
	out.push('</quiz>', '');
	return { text: out.join('\n'), losses };
}
