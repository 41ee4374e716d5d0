import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildClass, csvCell, MAX_LISTED, toCsv, type LessonInfo } from './class';
import { MAX_TEXT } from './paste';
import { t } from '../i18n';
import { encodeResultsCode, type ResultsInput } from './results-code';
import { finished, withPicks } from './testing';
import { readCsv } from '../../../tests/csv';

const T0 = 1795000000;
const NOW = T0 + 86_400;
/** A lesson as the quiz would report it: choice questions with points carry the pick that earned them. */
const lesson = (slug: string, q: [string, number, number][], started = T0, finishedAt = T0 + 300) =>
	withPicks(
		finished({ slug, items: q, startedAt: started, finishedAt }),
		info.find((l) => l.slug === slug)
	);
const code = (name: string, assignment: string, lessons: ResultsInput['lessons']) =>
	encodeResultsCode({ name, assignment, lessons });

const info: LessonInfo[] = [
	{
		slug: 'a',
		title: 'Lesson A',
		questions: [
			{
				id: 'q1',
				prompt: 'First?',
				kind: 'single',
				max: 1,
				options: [
					{ id: 'x', text: 'Ex' },
					{ id: 'y', text: 'Why' }
				],
				key: 'x'
			},
			{ id: 'q2', prompt: 'Second?', kind: 'order', max: 3, options: null }
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
		const c = buildClass([{ label: 'Pasted text', text: `${ana}\n${ben}\n${cy}` }], {
			lessons: info,
			now: NOW
		});
		expect(c.assignment).toBe('11111111');
		expect(
			c.rows.map((r) => [r.student, r.lesson, r.first.earned, r.first.max, r.first.percent, r.minutes])
		).toEqual([
			['Ana', 'Lesson A', 4, 4, 100, 5],
			['Ben', 'Lesson A', 2, 4, 50, 5],
			['Cy', 'Lesson A', 0, 4, 0, 20]
		]);
		expect(c.problems).toEqual([]);
		expect(c.rows.every((r) => r.issues.length === 0 && r.flags.length === 0)).toBe(true);
	});

	it('shows attempts used, the first attempt and the best apart', () => {
		const retried = code('Dan', '11111111', [
			finished({
				slug: 'a',
				items: [
					['q1', 0, 1],
					['q2', 1, 3]
				],
				more: [
					[4, T0 + 600],
					[3, T0 + 900]
				]
			})
		]);
		const [row] = buildClass([{ label: 'x', text: retried }], { lessons: info, now: NOW }).rows;
		expect([row!.attempts, row!.first.earned, row!.best.earned, row!.best.number]).toEqual([3, 1, 4, 2]);
		expect(row!.firstTry).toBeNull();
	});

	it('lists only missed questions, the most missed first', () => {
		const c = buildClass([{ label: 'x', text: `${ana} ${ben} ${cy}` }], { lessons: info, now: NOW });
		expect(c.mostMissed.map((d) => [d.id, d.prompt, d.missed, d.students, d.pointsPercent])).toEqual([
			['q2', 'Second?', 2, 3, 44],
			['q1', 'First?', 1, 3, 67]
		]);
		const all = buildClass([{ label: 'x', text: ana }], { lessons: info, now: NOW });
		expect(all.mostMissed).toEqual([]);
		expect(all.analysis[0]!.items.map((q) => q.id)).toEqual(['q1', 'q2']);
	});

	it('flags a code that fails a check with the reason, and leaves it out of the analysis', () => {
		const forged = code('Eve', '11111111', [lesson('a', [['q1', 1, 1]])]);
		const c = buildClass([{ label: 'x', text: `${ana}\n${ben}\n${forged}` }], { lessons: info, now: NOW });
		const eve = c.rows.find((r) => r.student === 'Eve')!;
		expect(eve.issues.map((i) => i.code)).toEqual(['lesson-max']);
		expect(t.teach.results.issue(eve.issues[0]!)).toBe('Says 1 point was possible; the lesson has 4 points.');
		expect(c.flagged).toBe(1);
		expect(c.counted).toBe(2);
		expect(c.analysis[0]!.students).toBe(2);
		// A student's later code that fails does not replace the earlier one that passed.
		const again = code('Ana', '11111111', [lesson('a', [['q1', 1, 1]], T0, T0 + 900)]);
		const both = buildClass([{ label: 'x', text: `${ana}\n${again}` }], { lessons: info, now: NOW });
		expect(both.counted).toBe(1);
		expect(both.analysis[0]!.items[1]!.right).toBe(1);
	});

	it('marks the other lessons of a code that fails a check', () => {
		const two: LessonInfo[] = [...info, { ...info[0]!, slug: 'b', title: 'Lesson B' }];
		const mixed = code('Fay', '11111111', [
			lesson('a', [
				['q1', 1, 1],
				['q2', 3, 3]
			]),
			withPicks(finished({ slug: 'b', items: [['q1', 1, 1]] }), info[0])
		]);
		const c = buildClass([{ label: 'x', text: mixed }], { lessons: two, now: NOW });
		expect(c.rows.map((r) => [r.slug, r.flags, r.issues.map((i) => i.code)])).toEqual([
			['a', ['checks-elsewhere'], []],
			['b', [], ['lesson-max']]
		]);
		expect(c.analysis).toEqual([]);
	});

	it('checks against the assignment when its link is given', () => {
		const rules = { lessons: ['a'], passMark: 50, attempts: 1 };
		const twice = code('Gus', '11111111', [
			withPicks(
				finished({
					slug: 'a',
					items: [
						['q1', 1, 1],
						['q2', 3, 3]
					],
					more: [[4, T0 + 600]]
				}),
				info[0]
			)
		]);
		const c = buildClass([{ label: 'x', text: `${ana}\n${twice}` }], {
			lessons: info,
			rules,
			assignment: '11111111',
			now: NOW
		});
		expect(c.rows.map((r) => r.issues.map((i) => i.code))).toEqual([[], ['attempts']]);
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
		expect(c.analysis[0]!.items.find((d) => d.id === 'q1')?.students).toBe(2);
		// The teacher's own link decides, even when most codes name another assignment.
		const given = buildClass([{ label: 'x', text: [ana, other].join('\n') }], { assignment: '22222222' });
		expect(given.rows.find((r) => r.student === 'Ana')?.flags).toEqual(['other-assignment']);
	});

	it('flags look-alike names as possibly the same student, and puts their codes side by side', () => {
		const at = (name: string, started: number, end: number) =>
			code(name, '11111111', [
				lesson(
					'a',
					[
						['q1', 1, 1],
						['q2', 3, 3]
					],
					started,
					end
				)
			]);
		const first = at('Ana', T0, T0 + 300);
		// A retake in a private window: another code, attempt 1 again, a day later.
		const cyrillic = at('\u0410na', T0 + 86_000, T0 + 86_300);
		const hidden = at('A\u200bna', T0 + 40_000, T0 + 40_200);
		const other = at('Ben', T0, T0 + 300);
		const c = buildClass([{ label: 'x', text: [first, cyrillic, hidden, other].join('\n') }], {
			lessons: info,
			now: NOW + 86_400
		});
		// A zero-width space changes nothing visible: the same name. A Cyrillic А looks the same:
		// possibly the same student, flagged, still a name of its own.
		expect(c.rows.map((r) => [r.student, r.flags])).toEqual([
			['Ana', ['same-student', 'look-alike']],
			['\u0410na', ['look-alike']],
			['A\u200bna', ['same-student', 'look-alike']],
			['Ben', []]
		]);
		expect(c.students).toBe(3);
		expect(c.groups).toHaveLength(1);
		const [group] = c.groups;
		expect(group!.sameName).toBe(false);
		expect(group!.codes.map((g) => [g.codeIndex, g.name, g.clean])).toEqual([
			[0, 'Ana', true],
			[1, '\u0410na', true],
			[2, 'A\u200bna', true]
		]);
		// Both attempts' times, each code's own.
		expect(group!.codes.map((g) => [g.lessons[0]!.startedAt, g.lessons[0]!.attempts[0]!.finishedAt])).toEqual(
			[
				[T0, T0 + 300],
				[T0 + 86_000, T0 + 86_300],
				[T0 + 40_000, T0 + 40_200]
			]
		);
		expect(t.teach.csv.flag['look-alike']).toMatch(/possibly the same student/);
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
		expect(c.analysis[0]!.items.find((d) => d.id === 'q1')).toMatchObject({ students: 1, missed: 1 });
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
		const junk = Array.from({ length: 250 }, (_, i) => `R2.junk${i}.00000000`).join(' ');
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
		const csv = toCsv(buildClass([{ label: 'x', text: ana }], { lessons: info, now: NOW }).rows, info);
		const lines = csv.trimEnd().split('\r\n');
		expect(lines[0]).toBe(
			'Student,Lesson,Attempts,First attempt,Best attempt,Max,First attempt %,Best attempt %,' +
				'Passed (any attempt),First tries (practice),Started (UTC),First attempt finished (UTC),' +
				'Minutes,Assignment,Flags,Lesson A Q1 (q1, 1 pt),Lesson A Q2 (q2, 3 pts)'.replace(
					/(Lesson A Q\d \([^)]*\))/g,
					'"$1"'
				)
		);
		expect(lines[1]).toBe(
			`"'=Ana, ""the best""",Lesson A,1,3,3,4,75,75,no,,2026-11-18T11:06Z,2026-11-18T11:11Z,5,11111111,,1,2`
		);
	});

	it('has one column per question of each lesson, filled on that lesson’s rows', () => {
		const two: LessonInfo[] = [
			...info,
			{
				slug: 'b',
				title: 'Lesson B',
				questions: [{ id: 'only', prompt: 'Only?', kind: 'true-false', max: 1, options: null }]
			}
		];
		const text = [
			code('Ana', '11111111', [
				lesson('a', [
					['q1', 1, 1],
					['q2', 3, 3]
				]),
				lesson('b', [['only', 0, 1]])
			]),
			code('Ben', '11111111', [
				finished({
					slug: 'a',
					items: [
						['q1', 0, 1],
						['q2', 1, 3]
					],
					more: [[4, T0 + 900]]
				})
			])
		].join('\n');
		const rows = buildClass([{ label: 'x', text }], { lessons: two, now: NOW }).rows;
		const [header, ...lines] = toCsv(rows, two)
			.trimEnd()
			.split('\r\n')
			.map((l) => l.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
		expect(header!.slice(15)).toEqual([
			'"Lesson A Q1 (q1, 1 pt)"',
			'"Lesson A Q2 (q2, 3 pts)"',
			'"Lesson B Q1 (only, 1 pt)"'
		]);
		expect(lines.map((l) => [l[0], l[1], ...l.slice(2, 5), ...l.slice(15)])).toEqual([
			['Ana', 'Lesson A', '1', '4', '4', '1', '3', ''],
			['Ana', 'Lesson B', '1', '0', '0', '', '', '0'],
			['Ben', 'Lesson A', '2', '1', '4', '0', '1', '']
		]);
	});

	it('names a failed check in the flags column', () => {
		const forged = code('Eve', '11111111', [lesson('a', [['q1', 1, 1]])]);
		const csv = toCsv(buildClass([{ label: 'x', text: forged }], { lessons: info, now: NOW }).rows, info);
		expect(csv).toContain('Says 1 point was possible; the lesson has 4 points.');
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
					const cells = readCsv(`${csvCell(s)}${separator}end`, separator)[0]!;
					expect(cells).toHaveLength(2);
					const [cell = ''] = cells;
					expect(/^[\t\r]|^\s*[=+\-@]/.test(cell)).toBe(false);
					expect(cell.replace(/^'(?=[\t\r]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])/, '')).toBe(s);
				}
			)
		);
	});
});
