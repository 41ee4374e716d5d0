// A diagrams file is checked like the rest of the content: a mistake names the file and the field.
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { Diagram } from '../diagrams/types';
import { checkPlacement, parseDiagrams, placedDiagrams, translationProblems } from './diagrams';
import { ContentError } from './parse';

const FILE = 'lessons/10-x/diagrams.yaml';
const FILES = { markdown: 'lessons/10-x/index.md', diagrams: FILE, present: true };

const timeline = {
	id: 'steps',
	kind: 'timeline',
	title: 'What happened',
	events: [
		{ when: 'Monday', what: 'An order is given', tag: 'reported', style: 'reported' },
		{ when: 'Friday', what: 'The plans are due' }
	]
};
const flow = {
	id: 'chain',
	kind: 'flow',
	title: 'How the claim reached you',
	parts: [
		{
			steps: [
				{ boxes: [{ title: 'Sources' }], link: 'tell' },
				{
					boxes: [{ title: 'A journalist', text: 'writes it up' }],
					aside: { link: 'quotes', boxes: [{ title: 'A paper' }] }
				}
			]
		}
	]
};

const yaml = (...diagrams: unknown[]) => YAML.stringify({ diagrams });

function messageOf(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		if (error instanceof ContentError) return error.message;
		throw error;
	}
	throw new Error('expected a ContentError');
}

describe('parseDiagrams', () => {
	it('accepts a timeline and a flow', () => {
		const diagrams = parseDiagrams(yaml(timeline, flow), FILE);
		expect(diagrams.map((d) => [d.id, d.kind])).toEqual([
			['steps', 'timeline'],
			['chain', 'flow']
		]);
	});

	const broken: [string, unknown[], RegExp][] = [
		[
			'a missing field',
			[{ ...timeline, title: undefined }],
			/^lessons\/10-x\/diagrams\.yaml: diagrams\[0\]\.title: is missing$/m
		],
		[
			'an unknown kind',
			[{ ...timeline, kind: 'pie' }],
			/diagrams\[0\]\.kind: must be one of timeline, flow \(got "pie"\)/
		],
		[
			'an unknown style',
			[{ ...timeline, events: [timeline.events[1], { ...timeline.events[0], style: 'loud' }] }],
			/diagrams\[0\]\.events\[1\]\.style: must be one of reported, plan, model, none/
		],
		[
			'a style without a tag',
			[{ ...timeline, events: [timeline.events[1], { when: 'Later', what: 'Nothing', style: 'none' }] }],
			/diagrams\[0\]\.events\[1\]\.tag: is missing: an item with a style needs a tag/
		],
		[
			'a style without a tag on a part',
			[{ ...flow, parts: [{ ...flow.parts[0], style: 'model' }] }],
			/diagrams\[0\]\.parts\[0\]\.tag: is missing/
		],
		[
			'a label that is too long',
			[{ ...timeline, events: [timeline.events[0], { when: 'x'.repeat(31), what: 'y' }] }],
			/diagrams\[0\]\.events\[1\]\.when: is longer than 30 characters/
		],
		[
			'too few events',
			[{ ...timeline, events: [timeline.events[0]] }],
			/diagrams\[0\]\.events: needs at least 2 events/
		],
		[
			'three boxes in a step',
			[
				{
					...flow,
					parts: [{ steps: [{ boxes: [{ title: 'a' }, { title: 'b' }, { title: 'c' }] }] }]
				}
			],
			/diagrams\[0\]\.parts\[0\]\.steps\[0\]\.boxes: has more than 2 boxes/
		],
		['an unknown field', [{ ...timeline, colour: 'red' }], /diagrams\[0\]\.colour: /],
		[
			'an arrow from the last step',
			[{ ...flow, parts: [{ steps: [{ boxes: [{ title: 'a' }], link: 'then' }] }] }],
			/diagrams\[0\]\.parts\[0\]\.steps\[0\]\.link: the last step has no next step/
		],
		['the same id twice', [timeline, timeline], /diagrams\[1\]\.id: the diagram id "steps" is used twice/]
	];
	for (const [name, diagrams, message] of broken) {
		it(`names the file and the field: ${name}`, () => {
			expect(messageOf(() => parseDiagrams(yaml(...diagrams), FILE))).toMatch(message);
		});
	}

	it('names the file when the YAML cannot be read', () => {
		expect(messageOf(() => parseDiagrams('diagrams: [', FILE))).toMatch(
			/^lessons\/10-x\/diagrams\.yaml: is not valid YAML/
		);
	});
});

describe('placing diagrams in the reading', () => {
	const diagrams = parseDiagrams(yaml(timeline, flow), FILE);
	const body = 'One. {#one}\n\n{diagram steps}\n\nTwo.\n\n{diagram chain}\n';

	it('finds marker paragraphs in order', () => {
		expect(placedDiagrams(body)).toEqual({ ids: ['steps', 'chain'], problems: [] });
		expect(() => checkPlacement(body, diagrams, FILES)).not.toThrow();
	});

	it('rejects a marker inside a paragraph, or written wrongly', () => {
		const inline = placedDiagrams('Text and {diagram steps} more.\n\n{diagram Steps}\n');
		expect(inline.ids).toEqual([]);
		expect(inline.problems.map((p) => p.path)).toEqual(['{diagram steps}', '{diagram Steps}']);
		expect(inline.problems[0]!.message).toMatch(/on a line of its own/);
	});

	it('names index.md for a marker with no diagram, or a diagram placed twice', () => {
		expect(messageOf(() => checkPlacement(body.replace('chain}', 'chains}'), diagrams, FILES))).toMatch(
			/^lessons\/10-x\/index\.md: \{diagram chains\}: no diagram has the id "chains" \(known ids: steps, chain\)$/m
		);
		expect(messageOf(() => checkPlacement(`${body}\n{diagram steps}\n`, diagrams, FILES))).toMatch(
			/index\.md: \{diagram steps\}: places the same diagram twice/
		);
		expect(messageOf(() => checkPlacement(body, [], { ...FILES, present: false }))).toMatch(
			/no diagram has the id "steps" \(lessons\/10-x\/diagrams\.yaml is missing/
		);
	});

	it('names the diagrams file for a diagram the reading does not place', () => {
		expect(messageOf(() => checkPlacement('{diagram steps}', diagrams, FILES))).toBe(
			'lessons/10-x/diagrams.yaml: diagrams[1].id: "chain" is not placed in lessons/10-x/index.md: add a paragraph {diagram chain} where it belongs'
		);
	});
});

describe('a translated diagrams file', () => {
	const original = parseDiagrams(yaml(timeline, flow), FILE);
	const translate = (d: Diagram[]): Diagram[] => JSON.parse(JSON.stringify(d).replace(/Monday/g, 'Lunes'));

	it('may change the words', () => {
		expect(translationProblems(original, translate(original))).toEqual([]);
	});

	it('must keep the ids, the kinds, the number of items and the styles', () => {
		const changed = translate(original);
		(changed[0] as { events: unknown[] }).events.pop();
		changed[1]!.id = 'cadena';
		expect(translationProblems(original, changed).map((p) => p.path)).toEqual([
			'diagrams[0].events',
			'diagrams[1].id'
		]);
		const restyled = translate(original);
		delete (restyled[0] as { events: { style?: string }[] }).events[0]!.style;
		expect(translationProblems(original, restyled)).toEqual([
			{
				path: 'diagrams[0].events[0].style',
				message: 'the style (none) differs from the original\'s "reported"'
			}
		]);
	});
});
