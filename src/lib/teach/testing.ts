// Results for tests: a lesson finished once, in the shape a results code carries. Used by the unit
// tests here and the browser tests (tests/browser), never by the site.
import type { LessonInfo } from './checks';
import { isChoiceKind } from './picks';
import type { ItemResult, LessonResult, Pick } from './results-code';

export interface Finished {
	slug: string;
	/** The questions as [id, earned, max]: the score is their sum unless given. */
	items?: [string, number, number][] | ItemResult[];
	earned?: number;
	max?: number;
	passed?: boolean;
	startedAt?: number;
	finishedAt?: number;
	/** Further attempts after the first, as [earned, finished]. */
	more?: [number, number][];
}

/** A lesson finished in one attempt (or more), test mode: no first tries. */
export function finished(f: Finished): LessonResult {
	const items: ItemResult[] = (f.items ?? []).map((q) =>
		Array.isArray(q) ? { id: q[0], earned: q[1], max: q[2], firstTry: null } : q
	);
	const earned = f.earned ?? items.reduce((n, q) => n + q.earned, 0);
	const max = f.max ?? items.reduce((n, q) => n + q.max, 0);
	const startedAt = f.startedAt ?? 1795000000;
	const finishedAt = f.finishedAt ?? startedAt + 300;
	return {
		slug: f.slug,
		startedAt,
		attempts: [
			{ number: 1, earned, max, passed: f.passed ?? earned === max, finishedAt, firstTry: null },
			...(f.more ?? []).map(([e, at], i) => ({
				number: i + 2,
				earned: e,
				max,
				passed: e === max,
				finishedAt: at,
				firstTry: null
			}))
		],
		items
	};
}

/**
 * `l` with the picks the quiz would have recorded for its points: on each choice question of `site`
 * with a key, full marks pick the key, no points pick nothing (unanswered), and partial marks on a
 * multiple-choice or highlight question tick that many of the right ones. So a fixture's points
 * agree with its picks, as an honest code's do.
 */
export function withPicks(l: LessonResult, site: LessonInfo | undefined): LessonResult {
	if (!site) return l;
	const questions = new Map(site.questions.map((q) => [q.id, q]));
	return {
		...l,
		items: l.items.map((item) => {
			const q = questions.get(item.id);
			if (!q || !isChoiceKind(q.kind) || q.key === undefined || q.key === null) return item;
			if (item.pick !== undefined || item.earned === 0) return item;
			const key = q.key;
			const pick: Pick = Array.isArray(key) ? key.slice(0, item.earned) : key;
			return { ...item, pick };
		})
	};
}
