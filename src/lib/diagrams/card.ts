// A box of text: the building block of every layout.
import { textAt, textHeight, wrap, type GroupShape, type Shape, type TextRole } from './scene';
import type { Style } from './types';

/** Inside a box: room between the frame and the text, across and down. */
export const PAD_X = 10;
export const PAD_Y = 8;
/** Between two blocks of text in a box. */
const BLOCK_GAP = 4;

export interface Block {
	role: TextRole;
	text: string | undefined;
}

/** The wrapped blocks of a box `w` wide, and the box's height. */
export function measureCard(w: number, blocks: Block[]): { lines: [TextRole, string[]][]; h: number } {
	const lines = blocks
		.filter((b): b is { role: TextRole; text: string } => !!b.text)
		.map((b): [TextRole, string[]] => [b.role, wrap(b.text, w - 2 * PAD_X, b.role)]);
	const inner = lines.reduce(
		(sum, [role, l], i) => sum + textHeight(l.length, role) + (i ? BLOCK_GAP : 0),
		0
	);
	return { lines, h: inner + 2 * PAD_Y };
}

/** A box at (x, y), `w` wide and at least as tall as its text (or `minH`). */
export function card(
	x: number,
	y: number,
	w: number,
	blocks: Block[],
	style?: Style,
	minH = 0
): { shape: GroupShape; h: number } {
	const { lines, h: needed } = measureCard(w, blocks);
	const h = Math.max(needed, minH);
	const children: Shape[] = [{ type: 'rect', x, y, w, h, style }];
	let top = y + PAD_Y;
	for (const [role, l] of lines) {
		children.push(textAt(x + PAD_X, top, l, role));
		top += textHeight(l.length, role) + BLOCK_GAP;
	}
	return { shape: { type: 'group', role: 'card', style, children }, h };
}
