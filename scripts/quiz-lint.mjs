// npm run lint:quizzes: the figures of the assessment lint (src/lib/content/assessment.ts), as
// tables a teacher can read: per lesson, then course-wide, then any problems. Exits 1 when there
// are problems, so it can run in CI; the same rules run as tests in tests/content/assessment.test.ts.
//
// Options: --lessons <dir> (default lessons), --json (the raw figures instead of tables).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
	options: { lessons: { type: 'string', default: 'lessons' }, json: { type: 'boolean', default: false } }
});

const load = async (file) =>
	(await runnerImport(join(root, file), { configFile: false, root, logLevel: 'error' })).module;
const [{ parseCourse }, { assessCourse, formatProblem, LIMITS }] = await Promise.all([
	load('src/lib/content/validate.ts'),
	load('src/lib/content/assessment.ts')
]);

const dir = resolve(root, args.lessons);
const folders = readdirSync(dir, { withFileTypes: true })
	.filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.md')))
	.map((d) => {
		const quiz = join(dir, d.name, 'quiz.yaml');
		return {
			folder: d.name,
			markdown: readFileSync(join(dir, d.name, 'index.md'), 'utf8'),
			quiz: existsSync(quiz) ? readFileSync(quiz, 'utf8') : undefined
		};
	});
const course = parseCourse(folders);
const markdown = Object.fromEntries(folders.map((f) => [f.folder.slice(3), f.markdown]));
const { course: c, lessons, problems } = assessCourse(course, markdown);

if (args.json) {
	console.log(JSON.stringify({ course: c, lessons, problems }, null, 2));
	process.exit(problems.length ? 1 : 0);
}

const pct = (n, total) => (total ? `${Math.round((100 * n) / total)} %` : '–');
/** A plain-text table; numbers are right-aligned, text left-aligned. */
function table(head, rows) {
	const cells = [head, ...rows].map((r) => r.map(String));
	const width = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
	const numeric = head.map((_, i) => rows.every((r) => /^[\d.–-]+$/.test(String(r[i]))));
	const line = (r) =>
		r
			.map((cell, i) => (numeric[i] ? cell.padStart(width[i]) : cell.padEnd(width[i])))
			.join('  ')
			.trimEnd();
	return [line(cells[0]), width.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

console.log('Quiz lint: does each quiz measure reading? (docs/authoring.md)\n');
console.log('Per lesson');
console.log(
	table(
		[
			'lesson',
			'questions',
			'recall',
			'understand',
			'analyse',
			'no level',
			'transfer',
			'highlight',
			'grade: main',
			'Background'
		],
		lessons.map((l) => [
			l.slug,
			l.questions,
			l.levels.recall,
			l.levels.understand,
			l.levels.analyse,
			l.levels.none,
			l.transfer,
			l.highlight,
			l.main.grade.toFixed(1),
			l.background ? l.background.grade.toFixed(1) : '–'
		])
	)
);
console.log(
	`\nLimits per lesson: recall at most ${LIMITS.recallShare * 100} % of questions, analyse at least ${LIMITS.minAnalyse}, ` +
		`transfer at least ${LIMITS.minTransfer}; Flesch–Kincaid grade at most ${LIMITS.maxMainGrade} (main) and ${LIMITS.maxBackgroundGrade} (Background).\n`
);

const positions = (counts, total) =>
	counts
		.map((n, i) => `${i + 1}st 2nd 3rd`.split(' ')[i] ?? `${i + 1}th`)
		.map((p, i) => `${p}: ${counts[i]} (${pct(counts[i], total)})`);
console.log('Course-wide');
console.log(
	table(
		['figure', 'value', 'limit'],
		[
			['questions', c.questions, '50–60'],
			[
				'single + evidence keys by position',
				positions(c.keyPositions, c.keyTotal).join(', '),
				`none over ${LIMITS.keyPositionShare * 100} %`
			],
			[
				'multiple-choice keys by position',
				positions(
					c.multiplePositions,
					c.multiplePositions.reduce((a, b) => a + b, 0)
				).join(', '),
				`a key at each of the first ${LIMITS.multiplePositions}`
			],
			[
				'multiple-choice keyed to the first options',
				`${c.multiplePrefix} of ${c.multipleQuestions} (${pct(c.multiplePrefix, c.multipleQuestions)})`,
				`at most ${LIMITS.multiplePrefixShare * 100} %`
			],
			[
				'true/false statements that are true',
				`${c.trueFalse.true} of ${c.trueFalse.total} (${pct(c.trueFalse.true, c.trueFalse.total)})`,
				`${LIMITS.trueShareMin * 100}–${LIMITS.trueShareMax * 100} %`
			],
			[
				'key is the longest option',
				`${c.longest.count} of ${c.longest.total} (${pct(c.longest.count, c.longest.total)})`,
				`at most ${LIMITS.longestShare * 100} %`
			],
			[
				'key is the only hedged option',
				`${c.hedged.count} of ${c.hedged.total} (${pct(c.hedged.count, c.hedged.total)})`,
				`at most ${LIMITS.hedgedShare * 100} %`
			],
			['transfer questions', c.transfer, 'one per lesson or more'],
			['highlight questions', c.highlight, '']
		]
	)
);

if (problems.length) {
	console.log(`\n${problems.length} problem(s):`);
	for (const p of problems) console.log(`- ${formatProblem(p)}`);
	process.exit(1);
}
console.log('\nNo problems.');
