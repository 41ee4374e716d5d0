// The layouts, checked on the course's own diagrams and on small made-up ones, at both widths:
// everything inside the picture, text inside its box, nothing on top of anything else, and every
// word of the data drawn somewhere.
import { describe, expect, it } from 'vitest';
import { parseCourse, parseLesson } from '../content/validate';
import { readLessonFolders } from '../../../tests/content/read-folders';
import { PAD_X } from './card';
import { layout, WIDTHS } from './layout';
import {
	FONT,
	measure,
	textHeight,
	wrap,
	type GroupShape,
	type Scene,
	type Shape,
	type TextShape
} from './scene';
import type { Diagram, Flow } from './types';

const course = parseCourse(readLessonFolders('lessons'));
// The Spanish edition's diagrams (diagrams.es.yaml) too: translated labels must fit as the English do.
const spanish = readLessonFolders('lessons', 'es')
	.filter((files) => files.markdown)
	.map((files) => parseLesson(files));
const courseDiagrams = [
	...course.flatMap((l) => l.diagrams.map((d) => [`${l.slug}/${d.id}`, d] as const)),
	...spanish.flatMap((l) => l.diagrams.map((d) => [`es/${l.slug}/${d.id}`, d] as const))
];

const twoBoxFlow: Flow = {
	id: 'made-up',
	kind: 'flow',
	title: 'A made-up flow',
	parts: [
		{
			steps: [
				{ boxes: [{ title: 'One' }, { title: 'Two', text: 'side by side' }], link: 'both lead to' },
				{
					boxes: [{ title: 'Three', tag: 'reported', style: 'reported' }],
					link: 'then',
					aside: {
						link: 'quotes',
						boxes: [{ title: 'Four' }, { title: 'Five', text: 'a longer line of text here' }]
					}
				}
			]
		},
		{
			heading: 'A framed part with a long heading that has to wrap on a phone',
			tag: 'the model',
			style: 'model',
			steps: [{ boxes: [{ title: 'Six' }, { title: 'Seven', tag: 'not reported', style: 'none' }] }]
		}
	]
};
const cases: (readonly [string, Diagram])[] = [...courseDiagrams, ['made-up', twoBoxFlow]];

interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}
function flatten(shapes: Shape[], card?: Rect): { shape: Shape; card?: Rect }[] {
	return shapes.flatMap((shape) => {
		if (shape.type !== 'group') return [{ shape, card }];
		const rect = shape.children[0];
		const inner = shape.role === 'card' && rect?.type === 'rect' ? rect : undefined;
		return [{ shape }, ...flatten(shape.children, inner ?? card)];
	});
}
function textBox(t: TextShape): Rect {
	const w = Math.max(...t.lines.map((l) => measure(l, t.role)));
	const top = t.y - FONT[t.role].size * 0.8;
	return { x: t.anchor === 'end' ? t.x - w : t.x, y: top, w, h: textHeight(t.lines.length, t.role) };
}
const overlap = (a: Rect, b: Rect) =>
	a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const cards = (scene: Scene) =>
	flatten(scene.shapes)
		.map(({ shape }) => shape)
		.filter((s): s is GroupShape => s.type === 'group' && s.role === 'card')
		.map((g) => g.children[0] as Rect & Shape);
const texts = (scene: Scene) =>
	flatten(scene.shapes).filter((x): x is { shape: TextShape; card?: Rect } => x.shape.type === 'text');

/** Every piece of text a diagram's data puts in the picture (the title and note go in the caption). */
function labels(d: Diagram): string[] {
	if (d.kind === 'timeline') return d.events.flatMap((e) => [e.when, e.what, e.tag ?? '']);
	return d.parts.flatMap((p) => [
		p.heading ?? '',
		p.tag ?? '',
		...p.steps.flatMap((s) => [
			s.link ?? '',
			s.aside?.link ?? '',
			...[...s.boxes, ...(s.aside?.boxes ?? [])].flatMap((b) => [b.title, b.text ?? '', b.tag ?? ''])
		])
	]);
}

describe.each(cases)('%s', (_name, diagram) => {
	describe.each(Object.entries(WIDTHS))('%s', (_size, width) => {
		const scene = layout(diagram, width);

		it('stays inside the picture', () => {
			expect(scene.width).toBe(width);
			for (const { shape } of flatten(scene.shapes)) {
				const box =
					shape.type === 'rect'
						? shape
						: shape.type === 'text'
							? textBox(shape)
							: shape.type === 'line'
								? { x: Math.min(shape.x1, shape.x2), y: Math.min(shape.y1, shape.y2), w: 0, h: 0 }
								: shape.type === 'dot'
									? { x: shape.cx - 6, y: shape.cy - 6, w: 12, h: 12 }
									: shape.type === 'arrowhead'
										? { x: shape.x - 5, y: shape.y - 9, w: 10, h: 9 }
										: undefined;
				if (!box) continue;
				expect(box.x, JSON.stringify(shape)).toBeGreaterThanOrEqual(0);
				expect(box.y, JSON.stringify(shape)).toBeGreaterThanOrEqual(0);
				expect(box.x + box.w, JSON.stringify(shape)).toBeLessThanOrEqual(width);
				expect(box.y + box.h, JSON.stringify(shape)).toBeLessThanOrEqual(scene.height);
			}
		});

		it('keeps each text inside its box', () => {
			for (const { shape, card } of texts(scene)) {
				if (!card) continue;
				const t = textBox(shape);
				expect(t.x, shape.lines.join(' ')).toBeGreaterThanOrEqual(card.x + PAD_X - 0.01);
				expect(t.x + t.w, shape.lines.join(' ')).toBeLessThanOrEqual(card.x + card.w - PAD_X + 0.01);
				expect(t.y + t.h, shape.lines.join(' ')).toBeLessThanOrEqual(card.y + card.h);
			}
		});

		it('puts nothing on top of anything else', () => {
			const boxes = cards(scene);
			boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
			const loose = texts(scene)
				.filter((t) => !t.card)
				.map((t) => ({ text: t.shape.lines.join(' '), box: textBox(t.shape) }));
			for (const { text, box } of loose) {
				for (const c of boxes) expect(overlap(box, c), `"${text}" over a box`).toBe(false);
				for (const other of loose)
					if (other.text !== text)
						expect(overlap(box, other.box), `"${text}" over "${other.text}"`).toBe(false);
			}
		});

		it('draws every word of the data', () => {
			const drawn = texts(scene)
				.flatMap((t) => t.shape.lines)
				.join(' ');
			for (const label of labels(diagram).filter(Boolean))
				expect(drawn).toContain(label.split(/\s+/).join(' '));
		});

		it('draws each style as the data says', () => {
			const styled = flatten(scene.shapes)
				.map(({ shape }) => shape)
				.filter((s) => (s.type === 'group' || s.type === 'dot') && s.style);
			const expected = JSON.stringify(diagram).match(/"style":"/g)?.length ?? 0;
			// A timeline draws each style twice: on the box and on its dot.
			expect(styled.length).toBe(diagram.kind === 'timeline' ? 2 * expected : expected);
		});
	});
});

describe('wrap', () => {
	it('keeps the words in order, on lines no wider than asked', () => {
		const text = 'Tasked, as reported, with preparing the battlespace and developing targets';
		for (const width of [80, 140, 260, 600]) {
			const lines = wrap(text, width, 'link');
			expect(lines.join(' ')).toBe(text);
			for (const line of lines)
				if (line.includes(' ')) expect(measure(line, 'link')).toBeLessThanOrEqual(width);
		}
	});

	it('evens out the lines instead of leaving one word alone', () => {
		const text = 'The reported order gives more of the work to';
		const width = measure('The reported order gives more of the work', 'link') + 1;
		const lines = wrap(text, width, 'link');
		expect(lines).toHaveLength(2);
		expect(lines[1]!.split(' ').length).toBeGreaterThan(1);
	});

	it('measures accented letters like their base letters, and anything unknown generously', () => {
		expect(measure('é', 'text')).toBe(measure('e', 'text'));
		expect(measure('—', 'text')).toBeGreaterThan(measure('m', 'text'));
	});
});
