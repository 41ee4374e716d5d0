// The XML exports against published schemas, with libxml2's xmllint (Debian: libxml2-utils; .ci/run
// installs it): every QTI 2.1 item and test against IMS's imsqti_v2p1.xsd, the QTI package's
// manifest against IMS Content Packaging 1.1 (tests/fixtures/xsd/qti21/SOURCE.md). The Common
// Cartridge 1.3 schemas could not be brought into the repository (see docs/lms.md): the cartridge's
// files are checked here as well-formed XML, and their keys by the read-back in buildExports.
// Without xmllint this test fails and says so; it is never skipped.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExports, toExportLesson } from '$lib/exports';
import { parseCourse } from '$lib/content/validate';
import { LANGUAGES } from '$lib/i18n/languages';
import { question } from '$lib/quiz/arbitraries';
import { readLessonFolders } from './read-folders';

const XSD = resolve('tests/fixtures/xsd/qti21');
const work = mkdtempSync(join(tmpdir(), 'exports-xsd-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function xmllint(args: string[]) {
	const run = spawnSync('xmllint', ['--nonet', '--noout', ...args], { encoding: 'utf8' });
	if (run.error)
		throw new Error(`xmllint is needed (Debian: apt-get install libxml2-utils): ${run.error.message}`);
	return { ok: run.status === 0, output: run.stderr };
}

/** Writes a zip's files under `dir`; returns their paths. */
function unpack(bytes: Uint8Array, dir: string): string[] {
	return Object.entries(unzipSync(bytes)).map(([name, data]) => {
		const path = join(dir, name);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, data);
		return path;
	});
}

function validatePackage(zip: Uint8Array, dir: string) {
	const files = unpack(zip, dir);
	const qti = files.filter((f) => !f.endsWith('imsmanifest.xml'));
	const items = xmllint(['--schema', join(XSD, 'qtiv2p1/imsqti_v2p1.xsd'), ...qti]);
	expect(items.output.split('\n').filter((l) => l && !l.endsWith(' validates'))).toEqual([]);
	expect(items.ok).toBe(true);
	const manifest = xmllint(['--schema', join(XSD, 'imscp_v1p1.xsd'), join(dir, 'imsmanifest.xml')]);
	expect(manifest.output).toContain('validates');
	expect(manifest.ok).toBe(true);
}

describe.each(LANGUAGES)('the %s exports against their schemas', (language) => {
	const course = parseCourse(readLessonFolders('lessons', language)).map((l) =>
		toExportLesson(l, language, 'https://lessons.example.org')
	);
	const built = buildExports(course, language);

	it('QTI 2.1: every item and test, and the manifest', async () => {
		const { files } = await built;
		validatePackage(files.find((f) => f.format === 'qti')!.bytes, join(work, language, 'qti'));
	});

	it('Common Cartridge and Moodle XML are well-formed XML', async () => {
		const { files } = await built;
		const cc = unpack(files.find((f) => f.format === 'cc')!.bytes, join(work, language, 'cc'));
		const moodle = files
			.filter((f) => f.format === 'moodle')
			.map((f) => {
				const path = join(work, language, 'moodle', f.path.replace(/\//g, '_'));
				mkdirSync(dirname(path), { recursive: true });
				writeFileSync(path, f.bytes);
				return path;
			});
		const run = xmllint([...cc, ...moodle]);
		expect(run.output).toBe('');
		expect(run.ok).toBe(true);
	});
});

it('QTI 2.1 items of any valid quiz validate (fast-check)', async () => {
	const quiz = fc.uniqueArray(question, { minLength: 1, maxLength: 9, selector: (q) => q.id });
	const samples = fc.sample(quiz, { numRuns: 8, seed: 26 });
	for (const [n, questions] of samples.entries()) {
		const lesson = {
			slug: `lesson-${n}`,
			title: `Lesson <${n}> & "more"`,
			summary: 'x',
			language: 'en' as const,
			url: 'https://lessons.example.org/lessons/x',
			questions
		};
		const { files } = await buildExports([lesson], 'en');
		validatePackage(files.find((f) => f.format === 'qti')!.bytes, join(work, 'sample', String(n)));
	}
}, 120_000);
