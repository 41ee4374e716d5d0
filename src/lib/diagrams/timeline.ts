// A timeline, drawn top to bottom: a spine with a dot per event and a box beside each dot. Wide:
// the date sits left of the spine; narrow: inside the box, above what happened.
import { card, PAD_Y } from './card';
import { FONT, textAt, textHeight, wrap, type Scene, type Shape } from './scene';
import type { Timeline } from './types';

const MARGIN = 8;
const GAP = 12;
/** Below this width the dates go inside the boxes. */
export const TIMELINE_WIDE = 480;

export function layoutTimeline(diagram: Timeline, width: number): Scene {
	const wide = width >= TIMELINE_WIDE;
	const whenW = wide ? Math.round(width * 0.22) : 0;
	const axisX = wide ? MARGIN + whenW + 16 : MARGIN + 7;
	const cardX = axisX + (wide ? 18 : 16);
	const cardW = width - MARGIN - cardX;

	const shapes: Shape[] = [];
	const dots: Shape[] = [];
	let y = MARGIN;
	let firstDot = 0;
	let lastDot = 0;
	diagram.events.forEach((event, i) => {
		const blocks = [
			...(wide ? [] : [{ role: 'when' as const, text: event.when }]),
			{ role: 'text' as const, text: event.what },
			{ role: 'tag' as const, text: event.tag }
		];
		let rowH: number;
		if (wide) {
			const whenLines = wrap(event.when, whenW, 'when');
			const whenH = textHeight(whenLines.length, 'when') + 2 * PAD_Y;
			const box = card(cardX, y, cardW, blocks, event.style, whenH);
			shapes.push(box.shape, textAt(axisX - 14, y + PAD_Y, whenLines, 'when', 'end'));
			rowH = box.h;
		} else {
			const box = card(cardX, y, cardW, blocks, event.style);
			shapes.push(box.shape);
			rowH = box.h;
		}
		// The dot sits level with the middle of the box's first line.
		const dotY = y + PAD_Y + FONT.text.size * 0.5;
		if (i === 0) firstDot = dotY;
		lastDot = dotY;
		dots.push({ type: 'dot', cx: axisX, cy: dotY, style: event.style });
		y += rowH + GAP;
	});
	return {
		width,
		height: y - GAP + MARGIN,
		shapes: [
			{ type: 'line', x1: axisX, y1: firstDot, x2: axisX, y2: lastDot, role: 'axis' },
			...dots,
			...shapes
		]
	};
}
