// The quiz's parts that the server's HTML never holds: a question's feedback, the paged player's
// navigation and the result all appear only after the learner has done something in the browser.
// They arrive in a module of their own, so a page that is read but not answered (and any page until
// the learner starts) downloads the quiz without them: the JavaScript budgets of DESIGN.md count
// what a page loads to be ready, and these are most of what is left over.
//
// A part loads the first time a component asks for it, and earlier on a sign of intent (the
// learner moving into the quiz: see `prepare`), so it is there by the time it is shown; code that
// moves focus into a part waits for it (`ready`).

//
// When the module cannot be had (a new version was deployed and this tab's old file is gone, with
// no service worker holding it; or offline before it was cached), it is tried once more, and then
// the page is told (`whenPartsFail`): the lesson page offers a reload, which keeps the answers
// (they are saved as they change). A test's submit button is one of these parts, so a tab must
// never just wait without it. The page, not this module, says it: an embed has no room in its
// budget for the offline text.

type Parts = typeof import('./deferred-parts');

let parts: Parts | null = $state.raw(null);
let pending: Promise<Parts> | null = null;
let failed: () => void = () => {};

/** What the page does when the parts cannot be loaded, twice: offer a reload, say. */
export function whenPartsFail(then: () => void): void {
	failed = then;
}

/** Starts the download, once; resolves when the parts can render. */
export function prepare(load: () => Promise<Parts> = () => import('./deferred-parts')): Promise<Parts> {
	pending ??= load()
		.catch(() => load())
		.then(
			(loaded) => (parts = loaded),
			(error: unknown) => {
				// Let a later sign of intent try again, and meanwhile offer the reload.
				pending = null;
				failed();
				throw error;
			}
		);
	return pending;
}

/** Waits for the parts (for moving focus into one); never rejects. */
export const ready = (): Promise<unknown> => prepare().catch(() => null);

/** A part, or null while it downloads (reading it starts the download). */
export function part<K extends keyof Parts>(name: K): Parts[K] | null {
	if (!parts) void ready();
	return parts?.[name] ?? null;
}
