// A flow, drawn top to bottom: steps joined by arrows (labelled with the step's `link`), one or two
// boxes per step, boxes a step quotes beside it (its aside), and parts framed with a heading.
// An arrow into a framed part points at the frame: it leads to the part as a whole.
import { card, measureCard, type Block } from './card';
import { textAt, textHeight, wrap, type Scene, type Shape } from './scene';
import type { Box, Flow, Step } from './types';

const MARGIN = 8;
const FRAME_PAD = 12;
/** The least room an arrow gets between two steps. */
const ARROW_MIN = 30;
/** How far below two boxes their arrows meet, and above two boxes an arrow splits. */
const FAN = 12;
const BOX_GAP = 12;
const ASIDE_GAP = 28;
/** The share of a step's width its asides take. */
const ASIDE_SHARE = 0.42;
const LABEL_GAP = 10;

const blocksOf = (box: Box): Block[] => [
	{ role: 'title', text: box.title },
	{ role: 'text', text: box.text },
	{ role: 'tag', text: box.tag }
];

/**
 * How a flow makes room for asides. `beside`: every step keeps to a main column on the left, so the
 * arrows run straight down it, and asides sit to its right. `below` (narrow widths): boxes take the
 * full width, the arrows run down the left edge, and asides hang below their step, indented.
 */
type AsideMode = 'none' | 'beside' | 'below';
/** Below this width asides go below their step. */
export const FLOW_ASIDES_BESIDE = 480;
/** In `below` mode: the arrows' x from the left edge, and the asides' indent. */
const ARROW_INSET = 20;
const ASIDE_INDENT = 56;

/** Where a step's boxes go across the width x0..x1, and where arrows meet a single box. */
function columns(step: Step, x0: number, x1: number, mode: AsideMode) {
	const total = x1 - x0;
	const mainW = mode === 'beside' ? Math.round(total * (1 - ASIDE_SHARE)) - ASIDE_GAP / 2 : total;
	const n = step.boxes.length;
	const boxW = (mainW - (n - 1) * BOX_GAP) / n;
	const xs = step.boxes.map((_, i) => x0 + i * (boxW + BOX_GAP));
	const centers = mode === 'below' && n === 1 ? [x0 + ARROW_INSET] : xs.map((x) => x + boxW / 2);
	return { mainW, boxW, xs, centers };
}

interface Placed {
	shapes: Shape[];
	/** The lowest point of anything in the step. */
	bottom: number;
	/** Where an arrow to the next step leaves, and the shapes that join two boxes to that point. */
	out: { x: number; y: number; join: Shape[] };
}

/** The step's asides in a column at ax..x1 from y = top: their shapes, middles and bottom. */
function placeAsides(aside: NonNullable<Step['aside']>, ax: number, x1: number, top: number) {
	const shapes: Shape[] = [];
	const label = wrap(aside.link, x1 - ax, 'link');
	shapes.push(textAt(ax, top, label, 'link'));
	let y = top + textHeight(label.length, 'link') + 6;
	const mids: number[] = [];
	for (const box of aside.boxes) {
		const c = card(ax, y, x1 - ax, blocksOf(box), box.style);
		shapes.push(c.shape);
		mids.push(y + c.h / 2);
		y += c.h + 8;
	}
	return { shapes, mids, bottom: y - 8 };
}

function placeStep(step: Step, x0: number, x1: number, top: number, mode: AsideMode): Placed {
	const { mainW, boxW, xs, centers } = columns(step, x0, x1, mode);
	const blocks = step.boxes.map(blocksOf);
	const h = Math.max(...blocks.map((b) => measureCard(boxW, b).h));
	const shapes: Shape[] = step.boxes.map((box, i) => card(xs[i]!, top, boxW, blocks[i]!, box.style, h).shape);
	const boxBottom = top + h;
	let bottom = boxBottom;

	if (step.aside && mode === 'below') {
		// Dashed from the box's bottom down a spine, and across to each aside.
		const ax = x0 + ASIDE_INDENT;
		const asides = placeAsides(step.aside, ax, x1, boxBottom + 10);
		const spineX = ax - 14;
		shapes.push(
			...asides.shapes,
			{ type: 'line', x1: spineX, y1: boxBottom, x2: spineX, y2: asides.mids.at(-1)!, role: 'aside' },
			...asides.mids.map((y): Shape => ({ type: 'line', x1: spineX, y1: y, x2: ax, y2: y, role: 'aside' }))
		);
		bottom = asides.bottom;
	} else if (step.aside) {
		// Dashed from the box's side to a spine, and from the spine to each aside.
		const ax = x0 + mainW + ASIDE_GAP;
		const asides = placeAsides(step.aside, ax, x1, top);
		const spineX = ax - ASIDE_GAP / 2;
		const fromY = top + h / 2;
		shapes.push(
			...asides.shapes,
			{ type: 'line', x1: x0 + mainW, y1: fromY, x2: spineX, y2: fromY, role: 'aside' },
			{
				type: 'line',
				x1: spineX,
				y1: Math.min(fromY, asides.mids[0]!),
				x2: spineX,
				y2: Math.max(fromY, asides.mids.at(-1)!),
				role: 'aside'
			},
			...asides.mids.map((y): Shape => ({ type: 'line', x1: spineX, y1: y, x2: ax, y2: y, role: 'aside' }))
		);
		bottom = Math.max(bottom, asides.bottom);
	}

	if (centers.length === 1) return { shapes, bottom, out: { x: centers[0]!, y: boxBottom, join: [] } };
	const y = boxBottom + FAN;
	const join: Shape[] = [
		...centers.map((x): Shape => ({ type: 'line', x1: x, y1: boxBottom, x2: x, y2: y, role: 'arrow' })),
		{ type: 'line', x1: centers[0]!, y1: y, x2: centers.at(-1)!, y2: y, role: 'arrow' }
	];
	return { shapes, bottom, out: { x: (centers[0]! + centers.at(-1)!) / 2, y, join } };
}

/** An arrow from `from` down to the tops of the boxes at `to` (one x, or two for a split). */
function arrow(from: { x: number; y: number }, to: number[], top: number): Shape[] {
	const head = (x: number): Shape => ({ type: 'arrowhead', x, y: top, dir: 'down' });
	if (to.length === 1 && to[0] === from.x)
		return [{ type: 'line', x1: from.x, y1: from.y, x2: from.x, y2: top, role: 'arrow' }, head(from.x)];
	const turn = top - FAN;
	const left = Math.min(from.x, ...to);
	const right = Math.max(from.x, ...to);
	return [
		{ type: 'line', x1: from.x, y1: from.y, x2: from.x, y2: turn, role: 'arrow' },
		{ type: 'line', x1: left, y1: turn, x2: right, y2: turn, role: 'arrow' },
		...to.flatMap((x): Shape[] => [{ type: 'line', x1: x, y1: turn, x2: x, y2: top, role: 'arrow' }, head(x)])
	];
}

export function layoutFlow(diagram: Flow, width: number): Scene {
	const frames: Shape[] = [];
	const shapes: Shape[] = [];
	const hasAsides = diagram.parts.some((part) => part.steps.some((step) => step.aside));
	const mode: AsideMode = !hasAsides ? 'none' : width >= FLOW_ASIDES_BESIDE ? 'beside' : 'below';
	let y = MARGIN;
	/** The arrow still to draw from the previous step: where it leaves, and its label. */
	let pending: { x: number; y: number; label?: string } | undefined;

	/**
	 * The room the pending arrow needs below `clear` (the lowest point drawn so far), with its label
	 * beside its first stretch (from the arrow's x plus a gap, up to `right`); `draw` puts it in.
	 */
	const connect = (
		from: { x: number; y: number; label?: string },
		clear: number,
		right: number,
		split: boolean
	) => {
		const labelX = from.x + LABEL_GAP;
		const lines = from.label ? wrap(from.label, right - labelX, 'link') : [];
		const labelH = textHeight(lines.length, 'link');
		const room = Math.max(ARROW_MIN, labelH + 16);
		return {
			top: clear + room + (split ? FAN : 0),
			draw: (to: number[], top: number) => {
				shapes.push(...arrow(from, to, top));
				if (lines.length) shapes.push(textAt(labelX, clear + (room - labelH) / 2, lines, 'link'));
			}
		};
	};

	diagram.parts.forEach((part, p) => {
		const framed = !!(part.heading || part.style);
		const x0 = MARGIN + (framed ? FRAME_PAD : 0);
		const x1 = width - MARGIN - (framed ? FRAME_PAD : 0);

		let frameTop = y;
		const frame: Shape[] = [];
		if (framed) {
			if (pending) {
				// An arrow from the previous part ends on this part's frame.
				const c = connect(pending, y, width - MARGIN, false);
				frameTop = c.top;
				c.draw([pending.x], frameTop);
				pending = undefined;
			}
			y = frameTop + FRAME_PAD;
			for (const [role, text] of [
				['heading', part.heading],
				['tag', part.tag]
			] as const) {
				if (!text) continue;
				const lines = wrap(text, x1 - x0, role);
				frame.push(textAt(x0, y, lines, role));
				y += textHeight(lines.length, role) + 4;
			}
			y += 8;
		}

		part.steps.forEach((step, s) => {
			if (pending) {
				const { centers } = columns(step, x0, x1, mode);
				const c = connect(pending, y, x1, centers.length > 1);
				y = c.top;
				c.draw(centers, y);
				pending = undefined;
			}
			const placed = placeStep(step, x0, x1, y, mode);
			shapes.push(...placed.shapes);
			const last = p === diagram.parts.length - 1 && s === part.steps.length - 1;
			if (!last) {
				shapes.push(...placed.out.join);
				pending = { x: placed.out.x, y: placed.out.y, label: step.link };
			}
			// The next arrow leaves from the step's way out, and its label goes below anything drawn.
			y = Math.max(placed.bottom, last ? 0 : placed.out.y);
		});

		if (framed) {
			const frameBottom = y + FRAME_PAD;
			const rect: Shape = {
				type: 'rect',
				x: MARGIN,
				y: frameTop,
				w: width - 2 * MARGIN,
				h: frameBottom - frameTop,
				style: part.style
			};
			frames.push({ type: 'group', role: 'part', style: part.style, children: [rect, ...frame] });
			y = frameBottom;
		}
	});

	// Frames first, so that boxes and arrows are drawn over them.
	return { width, height: y + MARGIN, shapes: [...frames, ...shapes] };
}
