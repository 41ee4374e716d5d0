import { describe, expect, it } from 'vitest';
import { reportHeight } from './resize';

function harness(initial: number) {
	let height = initial;
	const root = { getBoundingClientRect: () => ({ height }) } as unknown as Element;
	const posted: number[] = [];
	let changed: () => void = () => {};
	const frames: (() => void)[] = [];
	let disconnected = false;
	const stop = reportHeight({
		root,
		post: (h) => posted.push(h),
		observe: (_target, cb) => {
			changed = cb;
			return () => (disconnected = true);
		},
		frame: (cb) => frames.push(cb)
	});
	return {
		posted,
		resize(h: number) {
			height = h;
			changed();
		},
		flush() {
			for (const f of frames.splice(0)) f();
		},
		frames,
		stop,
		get disconnected() {
			return disconnected;
		}
	};
}

describe('reportHeight', () => {
	it('posts the height at once, rounded up', () => {
		expect(harness(400.2).posted).toEqual([401]);
	});

	it('posts once per animation frame however many changes came in it', () => {
		const h = harness(400);
		h.resize(450);
		h.resize(500);
		h.resize(520);
		expect(h.frames).toHaveLength(1);
		h.flush();
		expect(h.posted).toEqual([400, 520]);
	});

	it('stays quiet when the height did not change', () => {
		const h = harness(400);
		h.resize(400);
		h.flush();
		expect(h.posted).toEqual([400]);
	});

	it('stops observing and posting when stopped', () => {
		const h = harness(400);
		h.resize(600);
		h.stop();
		h.flush();
		expect(h.posted).toEqual([400]);
		expect(h.disconnected).toBe(true);
	});
});
