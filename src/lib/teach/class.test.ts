import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildClass, csvCell, MAX_LISTED, toCsv } from './class';
import { MAX_TEXT } from './paste';
import { t } from '../i18n';
import { encodeResultsCode, type ResultsPayload } from './results-code';

const T0 = 1795000000;
const lesson = (slug: string, q: [string, number, number][], started = T0, finished = T0 + 300) => ({
	slug,
	earned: q.reduce((s, x) => s + x[1], 0),
	max: q.reduce((s, x) => s + x[2], 0),
	passed: q.every((x) => x[1] === x[2]),
	questions: q.map(([id, earned, max]) => ({ id, earned, max })),
	startedAt: started,
	finishedAt: finished
});
const code = (name: string, assignment: string, lessons: ResultsPayload['lessons']) =>
	encodeResultsCode({ name, assignment, lessons });

const info = [
	{
		slug: 'a',
		title: 'Lesson A',
		questions: [
			{ id: 'q1', prompt: 'First?' },
			{ id: 'q2', prompt: 'Second?' }
		]
	}
];

describe('class results', () => {
	const ana = code('Ana', '11111111', [
		lesson('a', [
			['q1', 1, 1],
			['q2', 3, 3]
		])
	]);
	const ben = code('Ben', '11111111', [
		lesson('a', [
			['q1', 1, 1],
			['q2', 1, 3]
		])
	]);
	const cy = code('Cy', '11111111', [
		lesson(
			'a',
			[
				['q1', 0, 1],
				['q2', 0, 3]
			],
			T0,
			T0 + 1200
		)
	]);
	const other = code('Dee', '22222222', [
		lesson('a', [
			['q1', 0, 1],
			['q2', 0, 3]
		])
	]);

	it('makes one row per student and lesson, with titles, scores and minutes', () => {
		const c = buildClass([{ label: 'Pasted text', text: `${ana}\n${ben}\n${cy}` }], { lessons: info });
		expect(c.assignment).toBe('11111111');
		expect(c.rows.map((r) => [r.student, r.lesson, r.earned, r.max, r.percent, r.minutes])).toEqual([
			['Ana', 'Lesson A', 4, 4, 100, 5],
			['Ben', 'Lesson A', 2, 4, 50, 5],
			['Cy', 'Lesson A', 0, 4, 0, 20]
		]);
		expect(c.problems).toEqual([]);
	});

	it('ranks questions by how many students missed them', () => {
		const c = buildClass([{ label: 'x', text: `${ana} ${ben} ${cy}` }], { lessons: info });
		expect(c.difficulty.map((d) => [d.id, d.prompt, d.missed, d.answered, d.percent])).toEqual([
			['q2', 'Second?', 2, 3, 44],
			['q1', 'First?', 1, 3, 67]
		]);
	});

	it('counts a pasted-twice code once, and says so', () => {
		const c = buildClass([
			{ label: 'Pasted text', text: `${ana}\n${ana}` },
			{ label: 'ana.txt', text: ana }
		]);
		expect(c.rows).toHaveLength(1);
		expect(c.duplicates.map((d) => d.source)).toEqual(['Pasted text', 'ana.txt']);
		expect(c.duplicates[0]!.message).toContain('Ana');
	});

	it('flags codes from another assignment and leaves them out of the difficulty counts', () => {
		const c = buildClass([{ label: 'x', text: [ana, ben, other].join('\n') }]);
		expect(c.rows.find((r) => r.student === 'Dee')?.flags).toEqual(['other-assignment']);
		expect(c.difficulty.find((d) => d.id === 'q1')?.answered).toBe(2);
		// The teacher's own link decides, even when most codes name another assignment.
		const given = buildClass([{ label: 'x', text: [ana, other].join('\n') }], { assignment: '22222222' });
		expect(given.rows.find((r) => r.student === 'Ana')?.flags).toEqual(['other-assignment']);
	});

	it('flags the same student sent twice (names compared loosely) and counts the latest', () => {
		const again = code(' ana', '11111111', [
			lesson(
				'a',
				[
					['q1', 0, 1],
					['q2', 0, 3]
				],
				T0,
				T0 + 900
			)
		]);
		const againName = code('ANA', '11111111', [
			lesson(
				'a',
				[
					['q1', 0, 1],
					['q2', 0, 3]
				],
				T0,
				T0 + 900
			)
		]);
		const c = buildClass([{ label: 'x', text: [ana, againName, again].join('\n') }]);
		expect(c.rows.map((r) => r.flags)).toEqual([['same-student'], ['same-student'], ['same-student']]);
		expect(c.difficulty.find((d) => d.id === 'q1')).toMatchObject({ answered: 1, missed: 1 });
	});

	it('reports bad codes and text with no code, with where they came from', () => {
		const c = buildClass([
			{ label: 'Pasted text', text: `${ana}\n${ben.slice(0, -3)}` },
			{ label: 'notes.txt', text: 'hello <script>alert(1)</script>' }
		]);
		expect(c.rows).toHaveLength(1);
		expect(c.problems.map((p) => [p.source, p.message.slice(0, 25)])).toEqual([
			['Pasted text', 'This code is incomplete: '],
			['notes.txt', 'No results code found her']
		]);
		expect(c.problems[1]!.excerpt.length).toBeLessThanOrEqual(29);
	});

	it('counts students by the rule the same-student flag uses', () => {
		const again = code('ANA ', '11111111', [lesson('a', [['q1', 0, 1]], T0, T0 + 900)]);
		const c = buildClass([{ label: 'x', text: [ana, again, ben].join('\n') }]);
		expect(c.students).toBe(2);
		expect(c.rows.filter((r) => r.flags.includes('same-student'))).toHaveLength(2);
	});

	it('refuses codes claiming more lessons than the course has', () => {
		const greedy = code(
			'Max',
			'11111111',
			['a', 'b', 'c'].map((s) => lesson(s, [['q1', 1, 1]]))
		);
		const c = buildClass([{ label: 'x', text: `${ana}\n${greedy}` }], { lessons: info });
		expect(c.rows.map((r) => r.student)).toEqual(['Ana']);
		expect(c.problems.map((p) => p.message)).toEqual([t.teach.results.tooManyLessons(3, 1)]);
	});

	it('reports a paste read only in part, and what it read', () => {
		const text = `${ana}\n${' '.repeat(MAX_TEXT)}${ben}`;
		const c = buildClass([{ label: 'Pasted text', text }]);
		expect(c.rows.map((r) => r.student)).toEqual(['Ana']);
		expect(c.unread).toHaveLength(1);
		expect(c.unread[0]!.source).toBe('Pasted text');
		expect(c.unread[0]!.characters).toBeGreaterThanOrEqual(ben.length);
	});

	it('lists a hundred problems and counts the rest', () => {
		const junk = Array.from({ length: 250 }, (_, i) => `R1.junk${i}.00000000`).join(' ');
		const c = buildClass([{ label: 'x', text: `${junk} ${ana} ${ana} ${ana}` }]);
		expect([c.problems.length, c.problemCount]).toEqual([MAX_LISTED, 250]);
		expect([c.duplicates.length, c.duplicateCount]).toEqual([2, 2]);
		expect(c.rows).toHaveLength(1);
	});

	it('never throws on any pasted text', () => {
		fc.assert(
			fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 300 }), { maxLength: 4 }), (texts) => {
				buildClass(texts.map((text, i) => ({ label: `f${i}`, text })));
			})
		);
	});
});

describe('CSV', () => {
	it('quotes what needs quoting and defuses formulas', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		for (const s of ['+1', '-1', '@SUM(A1)', '\tx']) expect(csvCell(s).replace(/^"/, '')[0]).toBe("'");
		expect(csvCell(5)).toBe('5');
	});

	it('has a header and one line per row with the right numbers', () => {
		const ana = code('=Ana, "the best"', '11111111', [
			lesson('a', [
				['q1', 1, 1],
				['q2', 2, 3]
			])
		]);
		const csv = toCsv(buildClass([{ label: 'x', text: ana }], { lessons: info }).rows);
		const lines = csv.trimEnd().split('\r\n');
		expect(lines[0]).toBe(
			'Student,Lesson,Score,Max,Percent,Passed,Started (UTC),Finished (UTC),Minutes,Assignment,Flags'
		);
		expect(lines[1]).toBe(
			`"'=Ana, ""the best""",Lesson A,3,4,75,no,2026-11-18T11:06Z,2026-11-18T11:11Z,5,11111111,`
		);
	});

	it('quotes semicolons and tabs, so a spreadsheet that splits on them keeps one cell', () => {
		expect(csvCell('x;=1+1;y')).toBe('"x;=1+1;y"');
		expect(csvCell('a\tb')).toBe('"a\tb"');
		expect(csvCell(' =1+1')).toBe("' =1+1");
		expect(csvCell('\uff1dSUM(A1)')).toBe("'\uff1dSUM(A1)");
	});

	it('every cell is one cell of text for a reader splitting on commas, semicolons or tabs', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'binary', maxLength: 40 }),
					fc
						.array(fc.constantFrom('=', '+', '-', '@', ';', ',', '\t', '\r', '\n', '"', ' ', 'a', '1'), {
							maxLength: 12
						})
						.map((a) => a.join(''))
				),
				fc.constantFrom(',', ';', '\t'),
				(s, separator) => {
					const cells = readRow(`${csvCell(s)}${separator}end`, separator);
					expect(cells).toHaveLength(2);
					const [cell = ''] = cells;
					expect(/^[\t\r]|^\s*[=+\-@]/.test(cell)).toBe(false);
					expect(cell.replace(/^'(?=[\t\r]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])/, '')).toBe(s);
				}
			)
		);
	});
});

/** One CSV record as a spreadsheet reads it (RFC 4180 quoting), split on `separator`. */
function readRow(text: string, separator: string): string[] {
	const cells: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"' && cell === '') quoted = true;
		else if (c === separator) {
			cells.push(cell);
			cell = '';
		} else cell += c;
	}
	cells.push(cell);
	return cells;
}
