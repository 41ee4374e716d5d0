// A diagram as nested lists: its text alternative, saying what the picture says, in reading order.
// Diagram.svelte renders it for screen readers (the picture itself is hidden from them).
import type { Box, Diagram, Marked } from './types';

export interface OutlineItem {
	text: string;
	list?: OutlineList;
}
export interface OutlineList {
	ordered: boolean;
	/** Said before the list, e.g. how the items relate to the item that holds them. */
	label?: string;
	items: OutlineItem[];
}

/** "text (tag)": a tag is said after what it marks. */
const tagged = (text: string, { tag }: Marked) => (tag ? `${text} (${tag})` : text);
const boxText = (box: Box) => tagged(box.text ? `${box.title} — ${box.text}` : box.title, box);
/** A step's incoming arrow is said first: "link: what it leads to". */
const after = (link: string | undefined, text: string) => (link ? `${link}: ${text}` : text);

export function outline(diagram: Diagram): OutlineList {
	if (diagram.kind === 'timeline') {
		return {
			ordered: true,
			items: diagram.events.map((e) => ({ text: tagged(`${e.when}: ${e.what}`, e) }))
		};
	}
	let incoming: string | undefined;
	const parts = diagram.parts.map((part) => {
		const heading = part.heading ? tagged(part.heading, part) : part.tag;
		// An arrow into a framed part leads to the part as a whole: say it before the part.
		const intoPart = heading ? incoming : undefined;
		if (heading) incoming = undefined;
		const items = part.steps.map((step): OutlineItem => {
			const link = incoming;
			incoming = step.link;
			const boxes = step.boxes.map((b) => ({ text: boxText(b) }));
			const item: OutlineItem =
				boxes.length > 1
					? { text: link ? `${link}:` : '', list: { ordered: false, items: boxes } }
					: { text: after(link, boxes[0]!.text) };
			if (step.aside) {
				const aside: OutlineList = {
					ordered: false,
					label: step.aside.link,
					items: step.aside.boxes.map((b) => ({ text: boxText(b) }))
				};
				if (item.list)
					item.list.items.push({ text: `${aside.label}:`, list: { ...aside, label: undefined } });
				else item.list = aside;
			}
			return item;
		});
		return { heading: heading ? after(intoPart, heading) : undefined, items };
	});
	if (parts.length === 1 && !parts[0]!.heading) return { ordered: true, items: parts[0]!.items };
	return {
		ordered: false,
		items: parts.map((p) => ({ text: p.heading ?? '', list: { ordered: true, items: p.items } }))
	};
}
