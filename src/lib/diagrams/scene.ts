// What a diagram layout produces: shapes in SVG user units, for Scene.svelte to draw. Layouts are
// pure functions of the diagram's data and a width, so they are tested without a browser.
import type { Style } from './types';

/** The kinds of text in a diagram, each with one size and weight (Scene.svelte draws with these). */
export const FONT = {
	title: { size: 15, bold: true, italic: false },
	heading: { size: 15, bold: true, italic: false },
	when: { size: 14, bold: true, italic: false },
	text: { size: 14, bold: false, italic: false },
	tag: { size: 13, bold: true, italic: false },
	link: { size: 13, bold: false, italic: true }
} as const;
export type TextRole = keyof typeof FONT;

/** Baseline to baseline, as a multiple of the font size. */
export const LINE_HEIGHT = 1.3;

export interface TextShape {
	type: 'text';
	/** x of the start (or of the end, for `anchor: 'end'`); y of the first line's baseline. */
	x: number;
	y: number;
	lines: string[];
	role: TextRole;
	anchor: 'start' | 'end';
}
export interface RectShape {
	type: 'rect';
	x: number;
	y: number;
	w: number;
	h: number;
	style?: Style;
}
export interface LineShape {
	type: 'line';
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	/** `axis`: a timeline's spine; `arrow`: joins steps; `aside`: dashed, to what a step quotes. */
	role: 'axis' | 'arrow' | 'aside';
}
export interface ArrowheadShape {
	type: 'arrowhead';
	/** The tip. */
	x: number;
	y: number;
	dir: 'down' | 'right';
}
export interface DotShape {
	type: 'dot';
	cx: number;
	cy: number;
	style?: Style;
}
/** A box (`card`) or a framed part of a flow (`part`): its first child is its rect. */
export interface GroupShape {
	type: 'group';
	role: 'card' | 'part';
	style?: Style;
	children: Shape[];
}
export type Shape = TextShape | RectShape | LineShape | ArrowheadShape | DotShape | GroupShape;

export interface Scene {
	width: number;
	height: number;
	shapes: Shape[];
}

// Advance widths of DejaVu Sans (regular and bold) for the printable ASCII characters, in hundredths
// of an em, measured in Chromium. DejaVu Sans is wider than the usual system fonts (San Francisco,
// Segoe UI, Roboto), so text measured with it fits wherever it is drawn.
// prettier-ignore
const WIDTHS = {
	regular: [32,40,46,84,64,95,78,27,39,39,50,84,32,36,32,34,64,64,64,64,64,64,64,64,64,64,34,34,84,84,84,53,100,68,69,70,77,63,58,77,75,29,29,66,56,86,75,79,60,79,69,63,61,73,68,99,69,61,69,39,34,39,84,50,50,61,63,55,63,62,35,63,63,28,28,58,28,97,63,61,63,63,41,52,39,63,59,82,59,59,52,64,34,64,84],
	bold: [35,46,52,84,70,100,87,31,46,46,52,84,38,42,38,37,70,70,70,70,70,70,70,70,70,70,40,40,84,84,84,58,100,77,76,73,83,68,68,82,84,37,37,77,64,100,84,85,73,85,77,72,68,81,77,110,77,72,73,46,37,46,84,50,50,67,72,59,72,68,44,72,71,34,34,67,34,104,71,69,72,72,49,60,48,71,65,92,65,65,58,71,37,71,84]
};
/** Room for fonts and renderers that differ a little from the table. */
const SAFETY = 1.04;

function charWidth(char: string, table: number[]): number {
	const base = char.normalize('NFD')[0] ?? char;
	const code = base.charCodeAt(0);
	if (code >= 32 && code < 127) return table[code - 32]!;
	if (/[‘’‚']/.test(char)) return table[7]!;
	if (/[“”„]/.test(char)) return 66;
	return 100; // dashes, symbols, anything else: an em, to be safe
}

/** The width of `text` in user units when drawn as `role`. */
export function measure(text: string, role: TextRole): number {
	const { size, bold } = FONT[role];
	const table = bold ? WIDTHS.bold : WIDTHS.regular;
	let hundredths = 0;
	for (const char of text) hundredths += charWidth(char, table);
	return (hundredths / 100) * size * SAFETY;
}

function greedy(words: string[], width: number, role: TextRole): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && measure(candidate, role) > width) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * Breaks `text` into as few lines as fit in `width`, at spaces, and evens them out (no lone word on
 * a last line when the lines could share the words). A single word wider than the line stays whole
 * on a line of its own (labels are short; the layout tests catch one that overflows).
 */
export function wrap(text: string, width: number, role: TextRole): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines = greedy(words, width, role);
	if (lines.length < 2) return lines;
	// The narrowest width that still needs no more lines.
	let low = 0;
	let high = width;
	while (high - low > 1) {
		const mid = (low + high) / 2;
		if (greedy(words, mid, role).length <= lines.length) high = mid;
		else low = mid;
	}
	return greedy(words, high, role);
}

/** The height of `n` lines of `role` text, from the top of the first to the bottom of the last. */
export function textHeight(n: number, role: TextRole): number {
	const { size } = FONT[role];
	return n === 0 ? 0 : size + (n - 1) * size * LINE_HEIGHT;
}

/** A block of lines whose top edge is at `top` (the baseline sits about 0.8 em below it). */
export function textAt(
	x: number,
	top: number,
	lines: string[],
	role: TextRole,
	anchor: 'start' | 'end' = 'start'
): TextShape {
	return { type: 'text', x, y: top + FONT[role].size * 0.8, lines, role, anchor };
}
