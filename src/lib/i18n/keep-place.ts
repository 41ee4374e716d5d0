// Switching language keeps the reader's place: the switch link (a[data-lang-switch]) is given, as
// it is followed, the id of what the reader had at the top of the screen (a paragraph of the
// reading, a glossary term, a question's heading); the other edition has the same ids. The switch
// is in the page's header, so a reader scrolls up to reach it: the place is the last one seen
// below the top of the page, noted as they scroll. A reader who never left the top goes to the top.
// Without JavaScript the link still goes to the same page.

/** The id of the first element with one, in the main content, that is (at least partly) on screen. */
export function placeOnScreen(doc: Document = document): string | null {
	if (doc.defaultView && doc.defaultView.scrollY < 80) return null;
	const candidates = doc.querySelectorAll<HTMLElement>('main [id]:is(p, h2, h3, dt, li, section, figure)');
	for (const el of candidates) {
		if (el.getBoundingClientRect().bottom > 0) return el.id;
	}
	return null;
}

/** Notes the place as the reader scrolls and hands it to the switch; returns the function that stops. */
export function keepPlaceOnSwitch(doc: Document = document): () => void {
	let last: string | null = placeOnScreen(doc);
	let frame = 0;
	const onScroll = () => {
		if (frame) return;
		frame = requestAnimationFrame(() => {
			frame = 0;
			const here = placeOnScreen(doc);
			// Back at the top (where the switch is), the place read last still counts.
			if (here) last = here;
		});
	};
	const onClick = (event: MouseEvent) => {
		const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-lang-switch]');
		if (!link) return;
		const url = new URL(link.href);
		const hash = doc.location.hash.slice(1);
		// A fragment that names no element is the page's own state (an assignment's settings): it goes
		// along as it is.
		if (hash && !doc.getElementById(fragmentId(hash))) url.hash = hash;
		else {
			const id = placeOnScreen(doc) ?? last;
			url.hash = id ? encodeURIComponent(id) : '';
		}
		link.href = url.href;
	};
	doc.addEventListener('scroll', onScroll, { passive: true });
	doc.addEventListener('click', onClick, true);
	return () => {
		doc.removeEventListener('scroll', onScroll);
		doc.removeEventListener('click', onClick, true);
		cancelAnimationFrame(frame);
	};
}

/**
 * After the quiz has come to life: a place in it (a question's heading) was hidden while the page
 * loaded (the paged player shows one question, once it has read the saved answers), so the
 * browser could not scroll to it; now it can.
 */
export function returnToPlace(doc: Document = document): void {
	const id = fragmentId(doc.location.hash.slice(1));
	if (!id) return;
	requestAnimationFrame(() => {
		const target = doc.getElementById(id);
		if (!target || target.closest('[hidden]')) return;
		const { top, bottom } = target.getBoundingClientRect();
		if (bottom <= 0 || top >= (doc.defaultView?.innerHeight ?? 0)) target.scrollIntoView({ block: 'start' });
	});
}

/**
 * The element id a fragment names: percent-decoded, or as it is when it is not valid percent
 * encoding (`#%E0%A4%A`, a hostile or cut-off link), which names no element rather than throwing.
 */
export function fragmentId(hash: string): string {
	try {
		return decodeURIComponent(hash);
	} catch {
		return hash;
	}
}
