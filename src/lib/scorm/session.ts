// One launch of the SCO, as the LMS sees it (SCORM 1.2 RTE): initialize, say the lesson is under
// way, hand back what the LMS kept from a suspended launch, keep the learner's state in
// cmi.suspend_data, and end either suspended (left unfinished: the next launch resumes) or with a
// result (a percentage score and passed/failed). Strings in, strings out: what the state means is
// the progress store's business (store.ts), what the score means is report.ts's.
//
// Nothing here throws at the quiz: every LMS call goes through `tolerant` (api.ts). Outside an LMS
// (`none`) or with an LMS that will not start (`refused`) every method is a no-op that says so.
import { findApi, timespan, tolerant, type Lms } from './api';
import { interactionValues, masteryScore, scoreValues, type Graded, type ItemScore } from './report';

/**
 * none: no LMS above the page (opened from disk, or previewed): a plain quiz.
 * refused: an API was found but would not initialize (or threw): nothing can be sent.
 * connected: initialized, not yet finished.
 * finished: LMSFinish has been called (result sent, or the learner left).
 */
export type SessionState = 'none' | 'refused' | 'connected' | 'finished';

export interface Outcome extends Graded {
	/** Per question, for cmi.interactions; optional (an LMS without interactions ignores them). */
	items?: readonly ItemScore[];
}

export interface ScormSession {
	readonly state: SessionState;
	/** The mastery score the LMS gives (from the manifest, or changed there); null if none usable. */
	readonly mastery: number | null;
	/**
	 * What this SCO left in cmi.suspend_data, when the LMS resumes it (cmi.core.entry = "resume");
	 * null on a fresh start (ab-initio, or the LMS's own new attempt), when an unfinished launch must
	 * not inherit anything.
	 */
	readonly resumed: string | null;
	/** Keeps `data` in cmi.suspend_data; committed within `commitEvery` ms. False if the LMS refused it or the session is not connected. */
	suspend(data: string): boolean;
	/** Commits now whatever is waiting (the page is being hidden). */
	flush(): boolean;
	/**
	 * Sends the result: score (percent), status, exit "" (finished normally), session time and
	 * the per-question interactions; commits and finishes. True if the LMS took the score and status
	 * and stored them (LMSCommit or LMSFinish said so).
	 */
	complete(outcome: Outcome): boolean;
	/** The learner is leaving before the result: exit "suspend", session time, commit, finish. */
	leave(): void;
}

export interface SessionOptions {
	now?: () => number;
	/** Longest wait between a change of suspend_data and its commit, in ms. */
	commitEvery?: number;
	setTimer?: (run: () => void, ms: number) => unknown;
	clearTimer?: (timer: unknown) => void;
}

/** How often suspend_data is committed while the learner works: some LMSs commit with a blocking request. */
export const COMMIT_EVERY = 10_000;

export function startSession(win: Parameters<typeof findApi>[0], options: SessionOptions = {}): ScormSession {
	const {
		now = Date.now,
		commitEvery = COMMIT_EVERY,
		setTimer = (run, ms) => setTimeout(run, ms),
		clearTimer = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>)
	} = options;
	const started = now();
	const api = findApi(win);
	const lms: Lms | null = api ? tolerant(api) : null;
	let state: SessionState = !lms ? 'none' : lms.initialize() ? 'connected' : 'refused';
	let mastery: number | null = null;
	let resumed: string | null = null;
	let timer: unknown = null;
	let lastCommit = started;

	if (lms && state === 'connected') {
		// A first launch is "not attempted" (an LMS that gives nothing is treated alike).
		const status = lms.get('cmi.core.lesson_status');
		if (status === 'not attempted' || status === '') lms.set('cmi.core.lesson_status', 'incomplete');
		mastery = masteryScore(lms.get('cmi.student_data.mastery_score'));
		if (lms.get('cmi.core.entry') === 'resume') resumed = lms.get('cmi.suspend_data') || null;
		// Suspended until there is a result: if the browser crashes or the connection drops before
		// the page can say goodbye, the LMS still resumes this launch next time. Committed at once.
		lms.set('cmi.core.exit', 'suspend');
		lms.commit();
	}

	const connected = () => state === 'connected' && lms !== null;

	function flush(): boolean {
		if (timer !== null) clearTimer(timer);
		timer = null;
		if (!connected()) return false;
		lastCommit = now();
		return lms!.commit();
	}

	/** Sets `required` (whose refusal means failure) and `optional`, then commits and finishes. */
	function end(required: [string, string][], optional: [string, string][] = []): boolean {
		if (timer !== null) clearTimer(timer);
		timer = null;
		const taken = required.map(([element, value]) => lms!.set(element, value));
		for (const [element, value] of optional) lms!.set(element, value);
		lms!.set('cmi.core.session_time', timespan(now() - started));
		const committed = lms!.commit();
		const finished = lms!.finish();
		state = 'finished';
		return taken.every(Boolean) && (committed || finished);
	}

	return {
		get state() {
			return state;
		},
		mastery,
		resumed,
		suspend(data) {
			if (!connected()) return false;
			const taken = lms!.set('cmi.suspend_data', data);
			if (timer === null) {
				timer = setTimer(flush, Math.max(0, lastCommit + commitEvery - now()));
			}
			return taken;
		},
		flush,
		complete(outcome) {
			if (!connected()) return false;
			// Exit "" (a normal exit): the next launch is a new attempt, not a resumption of this one.
			return end(scoreValues(outcome), [['cmi.core.exit', ''], ...interactionValues(outcome.items ?? [])]);
		},
		leave() {
			if (connected()) end([['cmi.core.exit', 'suspend']]);
		}
	};
}
