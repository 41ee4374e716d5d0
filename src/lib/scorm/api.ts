// SCORM 1.2 run-time, the package's side: find the LMS's API object, report the quiz's score and
// pass/fail to the gradebook, commit and finish. Outside an LMS there is no API and every call is
// a no-op, so the same package works as a plain quiz.

/** The SCORM 1.2 API an LMS puts on a window above the content (RTE 3.2). Values are strings. */
export interface Scorm12Api {
	LMSInitialize(arg: ''): string;
	LMSFinish(arg: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(arg: ''): string;
	LMSGetLastError(): string;
}

type Win = { API?: unknown; parent: Win | null; opener?: Win | null };

const isApi = (x: unknown): x is Scorm12Api =>
	typeof x === 'object' &&
	x !== null &&
	typeof (x as Scorm12Api).LMSInitialize === 'function' &&
	typeof (x as Scorm12Api).LMSSetValue === 'function';

/** Reads `API` off a window; a cross-origin window throws on access, which means "not here". */
function apiOn(win: Win): Scorm12Api | null {
	try {
		return isApi(win.API) ? win.API : null;
	} catch {
		return null;
	}
}

function searchUp(start: Win, maxDepth: number): Scorm12Api | null {
	let win: Win | null = start;
	for (let depth = 0; win && depth <= maxDepth; depth++) {
		const api = apiOn(win);
		if (api) return api;
		let parent: Win | null;
		try {
			parent = win.parent;
		} catch {
			return null;
		}
		if (!parent || parent === win) return null;
		win = parent;
	}
	return null;
}

/**
 * ADL's discovery algorithm: this window and its parents, then the window that opened it (LMSs
 * launch content in a frame or a pop-up) and its parents. Depth is capped, as ADL's sample is.
 */
export function findApi(win: Win, maxDepth = 7): Scorm12Api | null {
	const found = searchUp(win, maxDepth);
	if (found) return found;
	let opener: Win | null | undefined;
	try {
		opener = win.opener;
	} catch {
		return null;
	}
	return opener ? searchUp(opener, maxDepth) : null;
}

/** CMITimespan, HHHH:MM:SS (SCORM 1.2 allows 2 to 4 hour digits). */
export function timespan(ms: number): string {
	const total = Math.max(0, Math.round(ms / 1000));
	const pad = (n: number) => String(n).padStart(2, '0');
	const hours = Math.min(9999, Math.floor(total / 3600));
	return `${pad(hours)}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

export interface Outcome {
	earned: number;
	max: number;
	passed: boolean;
}

export interface ScormSession {
	/** True while connected to an LMS (initialized, not yet finished). */
	readonly connected: boolean;
	/** Records the score and pass/fail, commits and finishes. False if there was no LMS to tell. */
	complete(outcome: Outcome): boolean;
	/** Ends the session without a result (the learner left): commits and finishes. */
	finish(): void;
}

/**
 * Starts a session with the LMS above `win`, if there is one. Scores are reported in points:
 * raw = points earned, min = 0, max = points available (a CMIDecimal each; LMSs show raw/max).
 */
export function startSession(win: Win, now: () => number = Date.now): ScormSession {
	const api = findApi(win);
	const started = now();
	let connected = false;
	if (api && String(api.LMSInitialize('')) === 'true') {
		connected = true;
		// A first launch is "not attempted"; say the learner has started.
		if (api.LMSGetValue('cmi.core.lesson_status') === 'not attempted') {
			api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
		}
	}

	function end() {
		if (!api || !connected) return;
		api.LMSSetValue('cmi.core.session_time', timespan(now() - started));
		api.LMSCommit('');
		api.LMSFinish('');
		connected = false;
	}

	return {
		get connected() {
			return connected;
		},
		complete({ earned, max, passed }) {
			if (!api || !connected) return false;
			api.LMSSetValue('cmi.core.score.min', '0');
			api.LMSSetValue('cmi.core.score.max', String(max));
			api.LMSSetValue('cmi.core.score.raw', String(earned));
			api.LMSSetValue('cmi.core.lesson_status', passed ? 'passed' : 'failed');
			end();
			return true;
		},
		finish: end
	};
}
