// Checks that the schema alone cannot express: ids are unique, answers point at real choices,
// questions point at real paragraphs. Returns every problem with its path, so an author fixes them
// all in one pass. Each kind's own checks are in its module (kinds/).
import { duplicates, type Problem } from './kinds/kind';
import { authoringOf } from './kinds/authoring';
import type { Quiz } from './schema';

export type { Problem };

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
		for (const p of authoringOf(q).problems(q))
			problems.push({ path: `${at}.${p.path}`, message: p.message });
	});
	return problems;
}
