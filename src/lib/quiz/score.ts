// Pure scoring: (question, response) -> points. Never throws; a missing, malformed or other-kind
// response scores 0 as unanswered. Each kind's rule is in its module (kinds/); partial credit is
// documented in docs/authoring.md.
import { engineOf, isAnswered, type Question, type Response } from './kinds';

export type Status = 'correct' | 'partial' | 'incorrect' | 'unanswered';

export interface Score {
	earned: number;
	max: number;
	status: Status;
}

/** The most a question can earn. */
export const maxPoints = (q: Question): number => engineOf(q).maxPoints(q);

export function score(q: Question, r: unknown): Score {
	const engine = engineOf(q);
	const max = engine.maxPoints(q);
	if (!isAnswered(q.kind, r) || !engine.isResponse(r)) return { earned: 0, max, status: 'unanswered' };
	const earned = Math.min(max, Math.max(0, engine.points(q, r)));
	const status: Status = earned === max ? 'correct' : earned > 0 ? 'partial' : 'incorrect';
	return { earned, max, status };
}

/** The response that earns full marks: the key, as a response. */
export const keyResponse = (q: Question): Response => engineOf(q).key(q);
