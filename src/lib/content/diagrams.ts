// A lesson's diagrams.yaml: the schema, the checks the schema cannot express, where the reading
// places each diagram, and whether a translated file has the same shape. Build time only: pages
// get the checked data, never valibot.
import * as v from 'valibot';
import { STYLES, type Diagram, type Marked } from '../diagrams/types';
import type { Problem } from '../quiz/integrity';
import { ContentError, parseWith, parseYaml, Text } from './parse';
import { DIAGRAM_MARKER } from './markers.js';

const Id = v.pipe(
	v.string('must be a text id'),
	v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens')
);

/** Labels are drawn in boxes a phone can show: keep them short. */
const Label = (max: number) =>
	v.pipe(Text, v.maxLength(max, `is longer than ${max} characters: keep diagram labels short`));

const list = <S extends v.GenericSchema>(item: S, min: number, max: number, what: string) =>
	v.pipe(
		v.array(item, 'must be a list'),
		v.minLength(min, `needs at least ${min} ${what}`),
		v.maxLength(max, `has more than ${max} ${what}`)
	);

const marked = {
	tag: v.optional(Label(40)),
	style: v.optional(v.picklist(STYLES, `must be one of ${STYLES.join(', ')}`))
};

const Event = v.strictObject({ when: Label(30), what: Label(120), ...marked });
const Box = v.strictObject({ title: Label(60), text: v.optional(Label(120)), ...marked });
const Step = v.strictObject({
	boxes: list(Box, 1, 2, 'boxes'),
	link: v.optional(Label(80)),
	aside: v.optional(v.strictObject({ link: Label(60), boxes: list(Box, 1, 3, 'boxes') }))
});
const Part = v.strictObject({ heading: v.optional(Label(90)), ...marked, steps: list(Step, 1, 6, 'steps') });

const common = { id: Id, title: Label(90), note: v.optional(Label(300)) };
const Timeline = v.strictObject({
	...common,
	kind: v.literal('timeline'),
	events: list(Event, 2, 8, 'events')
});
const Flow = v.strictObject({ ...common, kind: v.literal('flow'), parts: list(Part, 1, 3, 'parts') });

const KINDS = ['timeline', 'flow'];
const DiagramSchema = v.variant(
	'kind',
	[Timeline, Flow],
	(issue) => `must be one of ${KINDS.join(', ')} (got ${JSON.stringify(issue.input)})`
);

const DiagramsFile = v.strictObject({ diagrams: list(DiagramSchema, 1, 10, 'diagrams') });

/** Every item that can carry a style, with its path inside the diagram. */
function markedItems(d: Diagram): [string, Marked][] {
	if (d.kind === 'timeline') return d.events.map((e, i) => [`events[${i}]`, e]);
	return d.parts.flatMap((part, p) => [
		[`parts[${p}]`, part] as [string, Marked],
		...part.steps.flatMap((step, s) => [
			...step.boxes.map((box, b): [string, Marked] => [`parts[${p}].steps[${s}].boxes[${b}]`, box]),
			...(step.aside?.boxes ?? []).map((box, b): [string, Marked] => [
				`parts[${p}].steps[${s}].aside.boxes[${b}]`,
				box
			])
		])
	]);
}

/** Parses and checks one diagrams file (`file` is its path, for messages). */
export function parseDiagrams(text: string, file: string): Diagram[] {
	// The schema's output is the type the components draw.
	const { diagrams }: { diagrams: Diagram[] } = parseWith(DiagramsFile, parseYaml(text, file) ?? {}, file);
	const problems: Problem[] = [];
	diagrams.forEach((d, i) => {
		if (diagrams.findIndex((other) => other.id === d.id) !== i)
			problems.push({ path: `diagrams[${i}].id`, message: `the diagram id "${d.id}" is used twice` });
		for (const [path, item] of markedItems(d))
			if (item.style && !item.tag)
				problems.push({
					path: `diagrams[${i}].${path}.tag`,
					message: 'is missing: an item with a style needs a tag that says in words what the style shows'
				});
		if (d.kind === 'flow') {
			const p = d.parts.length - 1;
			const s = d.parts[p]!.steps.length - 1;
			if (d.parts[p]!.steps[s]!.link)
				problems.push({
					path: `diagrams[${i}].parts[${p}].steps[${s}].link`,
					message: 'the last step has no next step for its arrow to point to'
				});
		}
	});
	if (problems.length) throw new ContentError(file, problems);
	return diagrams;
}

/** Where the reading places diagrams: `{diagram some-id}` paragraphs, in order. */
export function placedDiagrams(body: string): { ids: string[]; problems: Problem[] } {
	const ids: string[] = [];
	const problems: Problem[] = [];
	for (const block of body.split(/\r?\n\s*\r?\n/)) {
		const match = DIAGRAM_MARKER.exec(block.trim());
		if (match) ids.push(match[1]!);
		else if (/\{diagram\b/.test(block)) {
			const shown = /\{diagram[^}\n]*\}?/.exec(block)![0];
			problems.push({
				path: shown,
				message:
					'a diagram marker is {diagram some-id} (lowercase id) on a line of its own, with a blank line before and after'
			});
		}
	}
	return { ids, problems };
}

/**
 * Checks that the markers in index.md and the diagrams file agree: every marker names a diagram,
 * and every diagram is placed exactly once. Throws a ContentError naming the file at fault.
 */
export function checkPlacement(
	body: string,
	diagrams: Diagram[],
	files: { markdown: string; diagrams: string; present: boolean }
): void {
	const { ids, problems } = placedDiagrams(body);
	const known = diagrams.map((d) => d.id);
	ids.forEach((id, i) => {
		if (!known.includes(id)) {
			const where = files.present
				? `known ids: ${known.join(', ')}`
				: `${files.diagrams} is missing: write the diagram there`;
			problems.push({ path: `{diagram ${id}}`, message: `no diagram has the id "${id}" (${where})` });
		} else if (ids.indexOf(id) !== i) {
			problems.push({ path: `{diagram ${id}}`, message: 'places the same diagram twice' });
		}
	});
	if (problems.length) throw new ContentError(files.markdown, problems);
	const unplaced = diagrams
		.map((d, i) => ({ d, i }))
		.filter(({ d }) => !ids.includes(d.id))
		.map(({ d, i }) => ({
			path: `diagrams[${i}].id`,
			message: `"${d.id}" is not placed in ${files.markdown}: add a paragraph {diagram ${d.id}} where it belongs`
		}));
	if (unplaced.length) throw new ContentError(files.diagrams, unplaced);
}

/**
 * A translated diagrams file (diagrams.es.yaml) must have the same shape as the original: the same
 * diagrams with the same ids, kinds, number of events, parts, steps, boxes and asides, and the same
 * styles and links, so that only the words differ. Returns the differences, paths as in the
 * translated file.
 */
export function translationProblems(original: Diagram[], translated: Diagram[]): Problem[] {
	const problems: Problem[] = [];
	const show = (x: unknown) => (x === undefined ? '(none)' : JSON.stringify(x));
	const differ = (path: string, what: string, a: unknown, b: unknown) => {
		if (a !== b)
			problems.push({ path, message: `${what} ${show(b)} differs from the original's ${show(a)}` });
		return a === b;
	};
	const marks = (path: string, a: { tag?: string; style?: string }, b: typeof a) => {
		differ(`${path}.style`, 'the style', a.style, b.style);
		differ(`${path}.tag`, 'having a tag:', !!a.tag, !!b.tag);
	};
	const boxes = (
		path: string,
		a: { title: string; text?: string; tag?: string; style?: string }[],
		b: typeof a
	) => {
		if (!differ(path, 'the number of boxes', a.length, b.length)) return;
		a.forEach((box, i) => {
			marks(`${path}[${i}]`, box, b[i]!);
			differ(`${path}[${i}].text`, 'having a text:', !!box.text, !!b[i]!.text);
		});
	};
	if (!differ('diagrams', 'the number of diagrams', original.length, translated.length)) return problems;
	original.forEach((a, i) => {
		const b = translated[i]!;
		const at = `diagrams[${i}]`;
		if (!differ(`${at}.id`, 'the id', a.id, b.id) || !differ(`${at}.kind`, 'the kind', a.kind, b.kind))
			return;
		differ(`${at}.note`, 'having a note:', !!a.note, !!b.note);
		if (a.kind === 'timeline' && b.kind === 'timeline') {
			if (!differ(`${at}.events`, 'the number of events', a.events.length, b.events.length)) return;
			a.events.forEach((e, j) => marks(`${at}.events[${j}]`, e, b.events[j]!));
		}
		if (a.kind === 'flow' && b.kind === 'flow') {
			if (!differ(`${at}.parts`, 'the number of parts', a.parts.length, b.parts.length)) return;
			a.parts.forEach((p, j) => {
				const q = b.parts[j]!;
				const pat = `${at}.parts[${j}]`;
				marks(pat, p, q);
				differ(`${pat}.heading`, 'having a heading:', !!p.heading, !!q.heading);
				if (!differ(`${pat}.steps`, 'the number of steps', p.steps.length, q.steps.length)) return;
				p.steps.forEach((s, k) => {
					const t = q.steps[k]!;
					const sat = `${pat}.steps[${k}]`;
					boxes(`${sat}.boxes`, s.boxes, t.boxes);
					differ(`${sat}.link`, 'having a link:', !!s.link, !!t.link);
					if (differ(`${sat}.aside`, 'having an aside:', !!s.aside, !!t.aside) && s.aside && t.aside)
						boxes(`${sat}.aside.boxes`, s.aside.boxes, t.aside.boxes);
				});
			});
		}
	});
	return problems;
}
