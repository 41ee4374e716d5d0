// What the learner's browser keeps about one assignment: their name and each finished lesson's
// result. Read back with a schema: saved data may be old, hand-edited or from another version.
import * as v from 'valibot';
import { MAX_NAME, type LessonResult } from './results-code';
import { SafeText } from './text';

export interface LearnerState {
	name: string;
	/** When each lesson was first opened, Unix seconds. */
	started: Record<string, number>;
	results: Record<string, LessonResult>;
}

const Int = v.pipe(v.number(), v.integer(), v.minValue(0));
const Saved = v.object({
	name: v.union([v.literal(''), SafeText(MAX_NAME)]),
	started: v.record(v.string(), Int),
	results: v.record(
		v.string(),
		v.object({
			slug: v.string(),
			earned: Int,
			max: Int,
			passed: v.boolean(),
			questions: v.array(v.object({ id: v.string(), earned: Int, max: Int })),
			startedAt: Int,
			finishedAt: Int
		})
	)
});

export const emptyLearner = (): LearnerState => ({ name: '', started: {}, results: {} });

export const learnerKey = (assignment: string) => `assignment:${assignment}:learner`;

/** The saved state, or a fresh one when there is none or it is unreadable. */
export function readLearner(text: string | null | undefined): LearnerState {
	if (!text) return emptyLearner();
	try {
		const parsed = v.safeParse(Saved, JSON.parse(text));
		return parsed.success ? parsed.output : emptyLearner();
	} catch {
		return emptyLearner();
	}
}

/** Unix seconds now. */
export const nowSeconds = (now = Date.now()) => Math.floor(now / 1000);
