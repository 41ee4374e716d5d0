// The text alternative says what the picture says: every label, in the picture's order, with the
// arrows' words joining the steps and the tags after what they mark.
import { describe, expect, it } from 'vitest';
import { parseCourse } from '../content/validate';
import { readLessonFolders } from '../../../tests/content/read-folders';
import { outline, type OutlineList } from './outline';
import type { Diagram } from './types';

const course = parseCourse(readLessonFolders('lessons'));
const diagram = (id: string): Diagram => course.flatMap((l) => l.diagrams).find((d) => d.id === id)!;

/** The outline as indented lines, as a screen reader would meet it. */
function lines(list: OutlineList, depth = 0): string[] {
	const pad = '  '.repeat(depth);
	return [
		...(list.label ? [`${pad}${list.label}:`] : []),
		...list.items.flatMap((item, i) => [
			`${pad}${list.ordered ? `${i + 1}.` : '-'} ${item.text}`.trimEnd(),
			...(item.list ? lines(item.list, depth + 1) : [])
		])
	];
}

describe('outline', () => {
	it('reads a timeline as an ordered list of dated steps, each with its tag', () => {
		expect(
			outline({
				id: 't',
				kind: 'timeline',
				title: 'T',
				events: [
					{ when: 'Monday', what: 'An order', tag: 'reported', style: 'reported' },
					{ when: 'Friday', what: 'Plans due' }
				]
			})
		).toEqual({
			ordered: true,
			items: [{ text: 'Monday: An order (reported)' }, { text: 'Friday: Plans due' }]
		});
	});

	it("reads lesson 1's source chain step by step, the arrows' words leading into each step", () => {
		expect(lines(outline(diagram('source-chain')))).toEqual([
			'1. Three unnamed military sources — Describe a classified order; their names are kept out of the story',
			'2. They tell: Ken Klippenstein — An independent journalist; writes up what they describe',
			'3. His report is retold in: The news summary this course reads — Passes his report on',
			'  It also quotes, on other points:',
			'  - The New York Times — On what one-sided US action would mean',
			'  - Politico — On why Mexico may have little power to change the plans',
			'4. It reaches: You — A claim that is reported, not confirmed (reported)'
		]);
	});

	it("reads lesson 3's diagram part by part, with the lesson's model marked as such", () => {
		expect(lines(outline(diagram('who-does-what')))).toEqual([
			'- Who handles US operations in Mexico',
			'  1.',
			'    - CIA — Civilian intelligence agency; covert work (in the past)',
			'    - JSOC — Military command; secret special operations (in the past)',
			'  2. The reported order gives more of the work to: NORTHCOM — A regional combatant command with a public, lasting mission (reported)',
			"- Tasked, as reported, with preparing the battlespace and developing targets: From preparation to a possible strike (the lesson's simplified model)",
			'  1. Intelligence — Surveillance and gathering information',
			'  2. Next: Target development — What could be hit, above all the Sinaloa and Jalisco cartels',
			'  3. Then: Plans finished — Reported target date mid-September (a plan, not an action)',
			'  4. A further decision would be needed: A strike on particular targets — Needs a decision the report does not describe (not reported)'
		]);
	});

	it('says every label of every diagram in the course', () => {
		for (const d of course.flatMap((l) => l.diagrams)) {
			const said = lines(outline(d)).join(' ');
			const words = JSON.stringify({ ...d, id: '', kind: '', title: '', note: '' })
				.match(/"(?:when|what|tag|title|text|heading|link)":"([^"\\]*(?:\\.[^"\\]*)*)"/g)!
				.map((m) => JSON.parse(m.slice(m.indexOf(':') + 1)) as string)
				.filter(Boolean);
			for (const w of words) expect(said, d.id).toContain(w);
		}
	});
});
