// One entry point for every kind of diagram: its data and a width in, a scene out.
import { layoutFlow } from './flow';
import type { Scene } from './scene';
import { layoutTimeline } from './timeline';
import type { Diagram } from './types';

/**
 * The two widths every diagram is laid out at (SVG user units, about CSS pixels when shown): the
 * narrow one for phones (from 320 px wide), the wide one for the reading column. Diagram.svelte shows
 * the one that suits the room it has.
 */
export const WIDTHS = { narrow: 320, wide: 640 } as const;

export function layout(diagram: Diagram, width: number): Scene {
	switch (diagram.kind) {
		case 'timeline':
			return layoutTimeline(diagram, width);
		case 'flow':
			return layoutFlow(diagram, width);
	}
}
