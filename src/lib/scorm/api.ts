// SCORM 1.2 run-time, the package's side: find the LMS's API object (ADL's discovery algorithm) and
// call it without trusting it. An LMS's API is someone else's code: a call may throw, return
// "false", a boolean, or junk; `tolerant` turns every call into a plain answer so nothing above it
// can be broken by the LMS. The session (session.ts) is built on these.

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

/** The calls the session makes, each one safe: never throws, answers in plain values. */
export interface Lms {
	/** LMSInitialize(""): true only if the LMS said "true" (or true). */
	initialize(): boolean;
	/** LMSGetValue: the value, or '' when the LMS refused, threw or returned something not a string. */
	get(element: string): string;
	/** LMSSetValue: true only if the LMS accepted the value. */
	set(element: string, value: string): boolean;
	commit(): boolean;
	finish(): boolean;
}

const said = (call: () => unknown): boolean => {
	try {
		const answer = call();
		return answer === true || answer === 'true';
	} catch {
		return false;
	}
};

/** Wraps an LMS's API so that no call can throw or return anything but what `Lms` says. */
export function tolerant(api: Scorm12Api): Lms {
	return {
		initialize: () => said(() => api.LMSInitialize('')),
		get(element) {
			try {
				const value: unknown = api.LMSGetValue(element);
				return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
			} catch {
				return '';
			}
		},
		set: (element, value) => said(() => api.LMSSetValue(element, value)),
		commit: () => said(() => api.LMSCommit('')),
		finish: () => said(() => api.LMSFinish(''))
	};
}
