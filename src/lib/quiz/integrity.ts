// Checks that the schema alone cannot express: ids are unique, answers point at real choices,
// questions point at real paragraphs. Returns every problem with its path, so an author fixes
// them all in one pass.
import type { Question, Quiz } from './schema';

export interface Problem {
	path: string;
	message: string;
}

function duplicates(ids: string[]): string[] {
	const seen = new Set<string>();
	const twice = new Set<string>();
	for (const id of ids) (seen.has(id) ? twice : seen).add(id);
	return [...twice];
}

function questionProblems(q: Question, at: string): Problem[] {
	const problems: Problem[] = [];
	const add = (field: string, message: string) => problems.push({ path: `${at}.${field}`, message });
	const listed = (ids: string[]) => ids.join(', ');

	const lists: [string, string[]][] = [];
	if ('options' in q) lists.push(['options', q.options.map((o) => o.id)]);
	if (q.kind === 'order') lists.push(['items', q.items.map((i) => i.id)]);
	if (q.kind === 'match') lists.push(['pairs', q.pairs.map((p) => p.id)]);
	if (q.kind === 'evidence') lists.push(['passages', q.passages.map((p) => p.id)]);
	for (const [field, ids] of lists) {
		for (const id of duplicates(ids)) add(field, `the id "${id}" is used twice`);
	}

	if (q.kind === 'single' || q.kind === 'evidence') {
		const ids = q.options.map((o) => o.id);
		if (!ids.includes(q.answer)) add('answer', `"${q.answer}" is not one of the options (${listed(ids)})`);
	}
	if (q.kind === 'evidence') {
		const ids = q.passages.map((p) => p.id);
		if (!ids.includes(q.evidence))
			add('evidence', `"${q.evidence}" is not one of the passages (${listed(ids)})`);
	}
	if (q.kind === 'multiple') {
		const ids = q.options.map((o) => o.id);
		for (const a of q.answer) {
			if (!ids.includes(a)) add('answer', `"${a}" is not one of the options (${listed(ids)})`);
		}
		for (const a of duplicates(q.answer)) add('answer', `"${a}" is listed twice`);
		if (q.answer.length === ids.length)
			add('answer', 'every option is correct, so ticking all would score full marks');
	}
	if (q.kind === 'match') {
		for (const side of ['left', 'right'] as const) {
			for (const text of duplicates(q.pairs.map((p) => p[side])))
				add('pairs', `two pairs have the same ${side} text "${text}"`);
		}
	}
	return problems;
}

/** Problems in an already schema-valid quiz. `paragraphs` are the reading's paragraph ids. */
export function quizProblems(quiz: Quiz, paragraphs: ReadonlySet<string>): Problem[] {
	const problems: Problem[] = [];
	for (const id of duplicates(quiz.questions.map((q) => q.id))) {
		problems.push({ path: 'questions', message: `the question id "${id}" is used twice` });
	}
	quiz.questions.forEach((q, i) => {
		const at = `questions[${i}]`;
		if (!paragraphs.has(q.paragraph)) {
			const known = [...paragraphs].join(', ') || 'none: end a paragraph with {#some-id}';
			problems.push({
				path: `${at}.paragraph`,
				message: `no paragraph has the id "${q.paragraph}" (known ids: ${known})`
			});
		}
		problems.push(...questionProblems(q, at));
	});
	return problems;
}
