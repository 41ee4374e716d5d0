// One quiz record from two versions that two tabs saved without having heard of each other, losing
// nothing either gave. Pure; the browser store calls it when storage holds a version of the record
// this tab has not seen.
// - Finished attempts: every one either side finished, once each (by attempt number).
// - The attempt in progress: a later attempt (the other tab finished and started a new one)
//   replaces the other whole; a submitted attempt is final, as submitted. Otherwise the two are one
//   attempt (even two fresh ones, from a lesson opened in two tabs): question by question, the side
//   that changed or checked that question later wins, with its answer, its checks and its first try.
//   A cleared answer keeps its time, so clearing it in one tab is not undone by the other. The
//   attempt keeps the identity (seed, start, retry list) already stored, so the first tab's
//   question order holds.
import type { Attempt, AttemptResult, QuizRecord } from './types';

/** `a` is what storage holds, `b` the version being saved; on a tie `b` wins. */
export function mergeRecords(a: QuizRecord, b: QuizRecord): QuizRecord {
	return { attempt: mergeAttempts(a.attempt, b.attempt), history: mergeHistory(a.history, b.history) };
}

function mergeHistory(a: readonly AttemptResult[], b: readonly AttemptResult[]): AttemptResult[] {
	const byNumber = new Map<number, AttemptResult>();
	for (const r of [...a, ...b]) byNumber.set(r.number, r);
	return [...byNumber.values()].sort((x, y) => x.number - y.number);
}

/** When this side last touched question `id`: answered, cleared or checked. */
const touched = (a: Attempt, id: string) => Math.max(a.changed[id] ?? -1, a.checkedAt[id] ?? -1);

function mergeAttempts(x: Attempt, y: Attempt): Attempt {
	const updatedAt = Math.max(x.updatedAt, y.updatedAt);
	if (x.number !== y.number) return x.number > y.number ? x : y;
	if (x.submitted || y.submitted) {
		const final = x.submitted && y.submitted ? (x.updatedAt > y.updatedAt ? x : y) : x.submitted ? x : y;
		return { ...final, updatedAt };
	}
	const ids = new Set([
		...Object.keys(x.responses),
		...Object.keys(y.responses),
		...Object.keys(x.changed),
		...Object.keys(y.changed),
		...Object.keys(x.checkedAt),
		...Object.keys(y.checkedAt)
	]);
	const merged: Attempt = {
		...x,
		mode: y.mode,
		responses: {},
		changed: {},
		tries: {},
		checkedAt: {},
		firstTry: {},
		checked: [],
		revealed: [],
		current: (y.updatedAt >= x.updatedAt ? y : x).current,
		updatedAt
	};
	for (const id of ids) {
		const side = touched(x, id) > touched(y, id) ? x : y;
		const other = side === x ? y : x;
		const keep = <T>(from: Record<string, T>, to: Record<string, T>) => {
			if (Object.hasOwn(from, id)) to[id] = from[id]!;
		};
		keep(side.responses, merged.responses);
		keep(side.changed, merged.changed);
		keep(side.tries, merged.tries);
		keep(side.checkedAt, merged.checkedAt);
		// A first try, once made, stands: whichever tab made it.
		keep(Object.hasOwn(side.firstTry, id) ? side.firstTry : other.firstTry, merged.firstTry);
		if (side.checked.includes(id)) merged.checked.push(id);
		if (side.revealed.includes(id)) merged.revealed.push(id);
	}
	return merged;
}
