// Diagrams as data: what a lesson's diagrams.yaml holds once checked (the schema is in
// ../content/diagrams.ts, used only at build time). Every word in a diagram comes from the lesson's
// content, so a translated diagrams file (diagrams.es.yaml) has the same shape with other words.

/**
 * How an item is drawn, and what that shows. The meaning is always said in words too: an item
 * with a style has a `tag` (a style alone would carry meaning by line pattern or colour only).
 * - `reported`: passed on by the report, not confirmed (dashed frame);
 * - `plan`: a plan or a deadline, not an action (outlined, hollow marker);
 * - `model`: the lesson's own simplified model, not the report's (dotted frame);
 * - `none`: something the report does not describe happening (faint dashed frame).
 */
export const STYLES = ['reported', 'plan', 'model', 'none'] as const;
export type Style = (typeof STYLES)[number];

export interface Marked {
	/** A short label shown with the item, e.g. "reported", "officials say", "the lesson's model". */
	tag?: string;
	style?: Style;
}

/** One dated step of a timeline, in time order. */
export interface TimelineEvent extends Marked {
	when: string;
	what: string;
}

export interface Timeline {
	id: string;
	kind: 'timeline';
	title: string;
	/** Shown under the title: what a reader should keep in mind when reading the picture. */
	note?: string;
	events: TimelineEvent[];
}

/** A box in a flow: who or what, and a line about it. */
export interface Box extends Marked {
	title: string;
	text?: string;
}

/** Boxes beside a step's box, joined to it by a dashed line: things it quotes or points to. */
export interface Aside {
	/** Says how the asides relate to the step, e.g. "Also quotes, on other points". */
	link: string;
	boxes: Box[];
}

export interface Step {
	/** One box, or two side by side (two things in the same place in the flow). */
	boxes: Box[];
	/** Label of the arrow to the next step (which may be the first step of the next part). */
	link?: string;
	aside?: Aside;
}

/** A run of steps, framed when it has a heading or a style (e.g. the lesson's own model). */
export interface Part extends Marked {
	heading?: string;
	steps: Step[];
}

/** Steps joined by arrows, top to bottom: a chain of sources, who hands work to whom. */
export interface Flow {
	id: string;
	kind: 'flow';
	title: string;
	note?: string;
	parts: Part[];
}

export type Diagram = Timeline | Flow;
export type DiagramKind = Diagram['kind'];
