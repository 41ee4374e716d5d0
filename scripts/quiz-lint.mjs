// npm run lint:quizzes: the figures of the assessment lint (src/lib/content/assessment.ts), as
// tables a teacher can read: per lesson, then course-wide, then any problems; for the English
// edition and then the Spanish one (index.es.md, quiz.es.yaml). Exits 1 when either edition has
// problems, so it can run in CI; the same rules run as tests in tests/content/assessment.test.ts.
//
// Options: --lessons <dir> (default lessons), --edition en|es (default: both), --json (the raw
// figures instead of tables, as { en: …, es: … }).
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
	options: {
		lessons: { type: 'string', default: 'lessons' },
		edition: { type: 'string' },
		json: { type: 'boolean', default: false }
	}
});
const EDITIONS = { en: 'English', es: 'Spanish' };
if (args.edition && !EDITIONS[args.edition]) {
	console.error(`quiz-lint: --edition takes en or es, not ${args.edition}`);
	process.exit(2);
}

const load = async (file) =>
	(await runnerImport(join(root, file), { configFile: false, root, logLevel: 'error' })).module;
const [{ parseCourse }, { readLessonFolders }, { assessCourse, formatProblem, LIMITS }] = await Promise.all([
	load('src/lib/content/validate.ts'),
	load('src/lib/content/disk.ts'),
	load('src/lib/content/assessment.ts')
]);

const dir = resolve(root, args.lessons);

/** One edition's lessons, parsed, with its Markdown by slug. */
function read(language) {
	const folders = readLessonFolders(dir, language);
	const missing = folders.find((f) => !f.markdown);
	if (missing) {
		console.error(`quiz-lint: lessons/${missing.folder} has no ${language} edition`);
		process.exit(1);
	}
	const course = parseCourse(folders);
	const markdown = Object.fromEntries(folders.map((f) => [f.folder.slice(3), f.markdown]));
	return assessCourse(course, markdown, language);
}

const languages = args.edition ? [args.edition] : Object.keys(EDITIONS);
const results = Object.fromEntries(languages.map((l) => [l, read(l)]));
const failed = Object.values(results).some((r) => r.problems.length);

if (args.json) {
	console.log(JSON.stringify(results, null, 2));
	process.exit(failed ? 1 : 0);
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

const positions = (counts, total) =>
	counts
		.map((n, i) => `${i + 1}st 2nd 3rd`.split(' ')[i] ?? `${i + 1}th`)
		.map((p, i) => `${p}: ${counts[i]} (${pct(counts[i], total)})`);

const readingHead = (language) =>
	language === 'es' ? ['Szigriszt-Pazos: main', 'Contexto'] : ['grade: main', 'Background'];
const readingCell = (r) => (!r ? '–' : 'grade' in r ? r.grade.toFixed(1) : r.score.toFixed(1));
const readingLimit = (language) =>
	language === 'es'
		? `Szigriszt-Pazos perspicuity at least ${LIMITS.minPerspicuity} (INFLESZ "normal") for the main text and the Contexto section.`
		: `Flesch–Kincaid grade at most ${LIMITS.maxMainGrade} (main) and ${LIMITS.maxBackgroundGrade} (Background).`;

function report(language, { course: c, lessons, problems }) {
	console.log(`== ${EDITIONS[language]} edition ==\n`);
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
				...readingHead(language)
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
				readingCell(l.main),
				readingCell(l.background)
			])
		)
	);
	console.log(
		`\nLimits per lesson: recall at most ${LIMITS.recallShare * 100} % of questions, analyse at least ${LIMITS.minAnalyse}, ` +
			`transfer at least ${LIMITS.minTransfer}; ${readingLimit(language)}\n`
	);

	console.log('Course-wide');
	console.log(
		table(
			['figure', 'value', 'limit'],
			[
				['questions', c.questions, '45–60'],
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
		const counts = {};
		for (const p of problems) counts[p.rule] = (counts[p.rule] ?? 0) + 1;
		const byRule = Object.entries(counts)
			.map(([rule, n]) => `${rule} ${n}`)
			.join(', ');
		console.log(`\n${problems.length} problem(s) (${byRule}):`);
		for (const p of problems) console.log(`- ${formatProblem(p)}`);
	} else console.log('\nNo problems.');
}

console.log('Quiz lint: does each quiz measure reading? (docs/authoring.md)\n');
languages.forEach((language, i) => {
	if (i > 0) console.log('\n');
	report(language, results[language]);
});
process.exit(failed ? 1 : 0);
