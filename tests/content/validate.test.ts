// Broken lesson files must stop the build with the file and the field named.
import { describe, expect, it } from 'vitest';
import { ContentError, parseCourse, parseLesson } from '$lib/content/validate';
import { readLessonFolder } from './read-folders';

const broken = (folder: string) => readLessonFolder('tests/fixtures/broken', folder);

function errorOf(run: () => unknown): ContentError {
	try {
		run();
	} catch (error) {
		if (error instanceof ContentError) return error;
		throw error;
	}
	throw new Error('expected a ContentError, but the lesson was accepted');
}

describe('a good lesson', () => {
	it('parses into checked data with paragraph ids, reading time and defaults', () => {
		const lesson = parseLesson(readLessonFolder('tests/fixtures/lessons', '10-good'));
		expect(lesson.slug).toBe('good');
		expect(lesson.order).toBe(10);
		expect(lesson.paragraphs).toEqual(['plan', 'sources']);
		expect(lesson.minutes).toBe(1);
		expect(lesson.quiz.passMark).toBe(50);
		expect(lesson.quiz.questions.map((q) => q.kind)).toEqual(['single', 'true-false']);
		expect(lesson.diagrams.map((d) => d.id)).toEqual(['steps']);
		expect(lesson.terms).toEqual([
			{
				term: 'Plan',
				definition: 'A worked-out intention that has not been carried out.',
				paragraph: 'plan'
			}
		]);
		// The diagram marker is not counted as reading.
		expect(lesson.words).toBe(12);
	});

	it('has no diagrams when the folder has no diagrams.yaml and the reading places none', () => {
		const files = readLessonFolder('tests/fixtures/lessons', '10-good');
		const lesson = parseLesson({
			...files,
			markdown: files.markdown.replace('{diagram steps}', ''),
			diagrams: undefined
		});
		expect(lesson.diagrams).toEqual([]);
	});
});

describe('broken lessons name the file and the field', () => {
	const cases: [folder: string, file: string, message: RegExp][] = [
		['10-missing-title', 'index.md', /^lessons\/10-missing-title\/index\.md: title: is missing$/m],
		[
			'10-no-correct-answer',
			'quiz.yaml',
			/^lessons\/10-no-correct-answer\/quiz\.yaml: questions\[0\]\.answer: is missing$/m
		],
		[
			'10-answer-not-an-option',
			'quiz.yaml',
			/questions\[0\]\.answer: "c" is not one of the options \(a, b\)/
		],
		['10-duplicate-id', 'quiz.yaml', /questions: the question id "plan-or-action" is used twice/],
		[
			'10-unknown-kind',
			'quiz.yaml',
			/questions\[1\]\.kind: must be one of single, multiple, .*\(got "essay"\)/
		],
		[
			'10-missing-paragraph',
			'quiz.yaml',
			/questions\[1\]\.paragraph: no paragraph has the id "source" \(known ids: plan, sources\)/
		],
		['10-bad-yaml', 'quiz.yaml', /quiz\.yaml: is not valid YAML/],
		[
			'10-diagram-missing-field',
			'diagrams.yaml',
			/^lessons\/10-diagram-missing-field\/diagrams\.yaml: diagrams\[0\]\.events\[1\]\.when: is missing$/m
		],
		[
			'10-diagram-not-placed',
			'diagrams.yaml',
			/diagrams\.yaml: diagrams\[0\]\.id: "steps" is not placed in lessons\/10-diagram-not-placed\/index\.md: add a paragraph \{diagram steps\}/
		],
		[
			'10-diagram-unknown-marker',
			'index.md',
			/index\.md: \{diagram stepz\}: no diagram has the id "stepz" \(known ids: steps\)/
		],
		['1-bad-folder-name', '', /^lessons\/1-bad-folder-name: folder names are two digits/]
	];
	for (const [folder, file, message] of cases) {
		it(folder, () => {
			const error = errorOf(() => parseLesson(broken(folder)));
			expect(error.file).toBe(file ? `lessons/${folder}/${file}` : `lessons/${folder}`);
			expect(error.message).toMatch(message);
		});
	}

	it('a missing quiz.yaml', () => {
		const files = {
			...readLessonFolder('tests/fixtures/lessons', '10-good'),
			folder: '20-no-quiz',
			quiz: undefined
		};
		expect(errorOf(() => parseLesson(files)).message).toBe('lessons/20-no-quiz/quiz.yaml: is missing');
	});

	describe("a typed answer's known mistakes", () => {
		const good = readLessonFolder('tests/fixtures/lessons', '10-good');
		const withText = (mistakes: string) => ({
			...good,
			quiz: `${good.quiz}  - id: which-command
    kind: text
    level: recall
    prompt: Which command?
    paragraph: plan
    explanation: NORTHCOM.
    answers: [NORTHCOM, Northern Command]
    mistakes: ${mistakes}
`
		});

		it('a mistake that folds to an accepted answer', () => {
			expect(errorOf(() => parseLesson(withText('[SOUTHCOM, "the northern command."]'))).message).toBe(
				'lessons/10-good/quiz.yaml: questions[2].mistakes[1]: "the northern command." is also an accepted answer ("Northern Command") once case, accents, spaces and punctuation are ignored'
			);
		});

		it('a list that is not a list', () => {
			expect(errorOf(() => parseLesson(withText('SOUTHCOM'))).message).toMatch(
				/^lessons\/10-good\/quiz\.yaml: questions\[2\]\.mistakes: must be a list$/m
			);
		});

		it('mistakes one slip from an answer are what the list is for', () => {
			const lesson = parseLesson(withText('[NORTHCON, SOUTHCOM]'));
			expect(lesson.quiz.questions[2]).toMatchObject({ mistakes: ['NORTHCON', 'SOUTHCOM'] });
		});
	});

	describe('key terms point at a paragraph of the reading', () => {
		const good = readLessonFolder('tests/fixtures/lessons', '10-good');
		const withTerms = (terms: string) => ({
			...good,
			markdown: good.markdown.replace(/^terms:\n(?: {2}.*\n)+/m, `terms:\n${terms}`)
		});

		it('a paragraph id that no paragraph has', () => {
			const files = withTerms('  - term: Plan\n    definition: A plan.\n    paragraph: plans\n');
			expect(errorOf(() => parseLesson(files)).message).toBe(
				'lessons/10-good/index.md: terms[0].paragraph: no paragraph has the id "plans" (known ids: plan, sources)'
			);
		});

		it('a term without one', () => {
			const files = withTerms('  - term: Plan\n    definition: A plan.\n');
			expect(errorOf(() => parseLesson(files)).message).toBe(
				'lessons/10-good/index.md: terms[0].paragraph: is missing'
			);
		});

		it('the same term twice, whatever its case or accents', () => {
			const files = withTerms(
				'  - term: Plan\n    definition: A plan.\n    paragraph: plan\n' +
					'  - term: PLÁN\n    definition: Again.\n    paragraph: sources\n'
			);
			expect(errorOf(() => parseLesson(files)).message).toBe(
				'lessons/10-good/index.md: terms[1].term: "PLÁN" is listed twice'
			);
		});
	});

	it('two lessons with the same slug', () => {
		const good = readLessonFolder('tests/fixtures/lessons', '10-good');
		const error = errorOf(() => parseCourse([good, { ...good, folder: '20-good' }]));
		expect(error.message).toMatch(/lessons\/20-good: has the same slug "good" as lessons\/10-good/);
	});
});
