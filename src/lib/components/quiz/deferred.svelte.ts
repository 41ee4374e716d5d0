// The quiz's parts that the server's HTML never holds: a question's feedback, the paged player's
// navigation and the result all appear only after the learner has done something in the browser.
// They arrive in a module of their own, so a page that is read but not answered (and any page until
// the learner starts) downloads the quiz without them: the JavaScript budgets of DESIGN.md count
// what a page loads to be ready, and these are most of what is left over.
//
// A part loads the first time a component asks for it, and earlier on a sign of intent (the
// learner moving into the quiz: see `prepare`), so it is there by the time it is shown; code that
// moves focus into a part waits for it (`ready`).

type Parts = typeof import('./deferred-parts');

let parts: Parts | null = $state.raw(null);
let pending: Promise<Parts> | null = null;

/** Starts the download, once; resolves when the parts can render. */
export function prepare(): Promise<Parts> {
	pending ??= import('./deferred-parts').then(
		(loaded) => (parts = loaded),
		(error: unknown) => {
			// Offline with the file not cached, say: let a later sign of intent try again.
			pending = null;
			throw error;
		}
	);
	return pending;
}

/**
 * Waits for the parts (for moving focus into one); never rejects. A failure is reported as an error
 * event: after a deploy the file may be gone, and the lesson page then offers a reload, which
 * keeps the answers, instead of waiting with no submit button (src/islands/lesson.ts).
 */
export const ready = (): Promise<unknown> => prepare().catch(reportError);

/** A part, or null while it downloads (reading it starts the download). */
export function part<K extends keyof Parts>(name: K): Parts[K] | null {
	if (!parts) void ready();
	return parts?.[name] ?? null;
}
