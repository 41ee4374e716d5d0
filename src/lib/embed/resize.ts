// Reports the embedded document's height whenever it changes, at most once per animation frame,
// so the host page can size the iframe to fit with no inner scrollbar.

export interface ResizeDeps {
	/** The element whose box is the document's height (document.documentElement). */
	root: Element;
	post: (height: number) => void;
	observe?: (target: Element, callback: () => void) => () => void;
	frame?: (callback: () => void) => void;
}

const observeSize = (target: Element, callback: () => void) => {
	const observer = new ResizeObserver(callback);
	observer.observe(target);
	return () => observer.disconnect();
};

/** Starts reporting (once straight away); returns the function that stops it. */
export function reportHeight({
	root,
	post,
	observe = observeSize,
	frame = (cb) => requestAnimationFrame(cb)
}: ResizeDeps): () => void {
	let last = -1;
	let pending = false;
	let stopped = false;
	const measure = () => {
		pending = false;
		if (stopped) return;
		const height = Math.ceil(root.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		post(height);
	};
	const schedule = () => {
		if (pending) return;
		pending = true;
		frame(measure);
	};
	const stop = observe(root, schedule);
	measure();
	return () => {
		stopped = true;
		stop();
	};
}
