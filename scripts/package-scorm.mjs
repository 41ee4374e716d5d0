// npm run package:scorm: one SCORM 1.2 package per lesson, dist/scorm/<slug>.zip (<slug>.<lang>.zip
// for another edition), for LMS gradebooks (docs/embedding.md). Each holds imsmanifest.xml (with the
// lesson's pass mark as adlcp:masteryscore) and a self-contained page (the reading and the quiz)
// built from the same Svelte components as the site.
//
// How: the lessons are read by the shared disk reader and validated by the site's own validator
// (src/lib/content/disk.ts and validate.ts, loaded with Vite's module runner since they are
// TypeScript); then, per lesson, Vite builds src/scorm/main.ts with the Svelte
// plugin only (no SvelteKit: a package has no router, no server, no prerendering) and that
// lesson's data as a virtual module. The bundle is a classic script, not an ES module, so the page
// also runs when opened straight from disk (file://), where module scripts are blocked. fflate
// writes the zip.
//
// Options: --out <dir> (default dist/scorm), --only <slug> (one lesson), --lang en|es (one edition:
// index.es.md, quiz.es.yaml, diagrams.es.yaml for Spanish; default: every language).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { zipSync } from 'fflate';
import { build, runnerImport } from 'vite';
import { pinLanguage } from '../src/lib/i18n/pin-language.js';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
	options: {
		out: { type: 'string', default: 'dist/scorm' },
		only: { type: 'string' },
		lang: { type: 'string' }
	}
});
const outDir = resolve(root, args.out);

/** A TypeScript module of the site, through Vite's module runner. */
const load = async (path) =>
	(await runnerImport(join(root, path), { configFile: false, root, logLevel: 'error' })).module;

const languages = await load('src/lib/i18n/languages.ts');
if (args.lang !== undefined && !languages.isLanguage(args.lang)) {
	throw new Error(`--lang must be one of ${languages.LANGUAGES.join(', ')}, not "${args.lang}"`);
}
/** The edition being packaged (main() goes through each asked for). */
let language = languages.DEFAULT_LANGUAGE;
/** How this edition's packages are named: the slug in the default language, `<slug>.<lang>` otherwise. */
const edition = (slug, sep) => (language === languages.DEFAULT_LANGUAGE ? slug : `${slug}${sep}${language}`);

/** The course in `language`, read and checked exactly as the site build reads and checks it. */
async function readCourse() {
	const [disk, validate] = await Promise.all([
		load('src/lib/content/disk.ts'),
		load('src/lib/content/validate.ts')
	]);
	const lessonsDir = join(root, 'lessons');
	const folders = disk.readLessonFolders(lessonsDir, language);
	return validate.parseCourse(folders).map((lesson) => {
		const { folder } = folders.find((f) => f.folder.slice(3) === lesson.slug);
		return { lesson, markdown: join(lessonsDir, folder, languages.editionFile('index.md', language)) };
	});
}

const escapeXml = (s) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * SCORM 1.2 manifest: one organization, one item, one SCO resource listing every file. The item's
 * adlcp:masteryscore is the lesson's pass mark: the LMS hands it to the SCO as
 * cmi.student_data.mastery_score and may use it to decide passed/failed from the raw score.
 */
function manifest({ slug, title, quiz }, files) {
	const id = `news-lessons-${edition(slug, '-')}`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-${slug}">
    <organization identifier="org-${slug}">
      <title>${escapeXml(title)}</title>
      <item identifier="item-${slug}" identifierref="res-${slug}" isvisible="true">
        <title>${escapeXml(title)}</title>
        <adlcp:masteryscore>${quiz.passMark}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-${slug}" type="webcontent" adlcp:scormtype="sco" href="index.html">
${files.map((f) => `      <file href="${escapeXml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

function page({ title }, css) {
	return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
${css.map((f) => `<link rel="stylesheet" href="${f}">`).join('\n')}
<script defer src="quiz.js"></script>
</head>
<body>
<div id="app"></div>
<noscript><p>This quiz needs JavaScript.</p></noscript>
</body>
</html>
`;
}

/** Builds one lesson's page into `dir`; returns the files written, relative to `dir`. */
async function buildLesson({ lesson, markdown }, dir) {
	const data = {
		slug: lesson.slug,
		title: lesson.title,
		language,
		quiz: lesson.quiz,
		diagrams: lesson.diagrams
	};
	const virtual = {
		name: 'scorm-lesson',
		resolveId: (id) => (id === 'virtual:scorm-lesson' ? '\0scorm-lesson' : undefined),
		load: (id) =>
			id === '\0scorm-lesson'
				? `export const lesson = ${JSON.stringify(data)};\n` +
					`export { default as Reading } from ${JSON.stringify(markdown)};\n`
				: undefined
	};
	await build({
		configFile: false,
		root,
		logLevel: 'warn',
		publicDir: false,
		// Reads svelte.config.js for the preprocessors (mdsvex for the reading); its `kit` part is
		// ignored by the plugin.
		// One language's text, in the script (the site's pages fetch theirs by language and area).
		plugins: [svelte(), pinLanguage(root, language), virtual],
		server: { fs: { allow: [root] } },
		define: { 'process.env.NODE_ENV': '"production"' },
		build: {
			outDir: dir,
			emptyOutDir: true,
			copyPublicDir: false,
			sourcemap: false,
			lib: {
				entry: join(root, 'src/scorm/main.ts'),
				formats: ['iife'],
				name: 'ScormQuiz',
				fileName: () => 'quiz.js',
				cssFileName: 'quiz'
			}
		}
	});
	const css = readdirSync(dir).filter((f) => f.endsWith('.css'));
	writeFileSync(join(dir, 'index.html'), page(lesson, css));
	return walk(dir);
}

function walk(dir, base = dir) {
	return readdirSync(dir, { withFileTypes: true })
		.flatMap((d) => {
			const path = join(dir, d.name);
			return d.isDirectory() ? walk(path, base) : [relative(base, path)];
		})
		.map((f) => f.split('\\').join('/'))
		.sort();
}

async function packageEdition() {
	const course = (await readCourse()).filter((c) => !args.only || c.lesson.slug === args.only);
	if (!course.length) throw new Error(args.only ? `No lesson "${args.only}"` : 'No lessons found');
	mkdirSync(outDir, { recursive: true });
	const work = mkdtempSync(join(tmpdir(), 'scorm-'));
	try {
		for (const entry of course) {
			const dir = join(work, entry.lesson.slug);
			const files = await buildLesson(entry, dir);
			writeFileSync(join(dir, 'imsmanifest.xml'), manifest(entry.lesson, files));
			// The manifest first, as some LMS importers expect; fixed dates keep zips reproducible.
			const entries = { 'imsmanifest.xml': readFileSync(join(dir, 'imsmanifest.xml')) };
			for (const f of files) entries[f] = readFileSync(join(dir, f));
			const zip = zipSync(entries, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
			const target = join(outDir, `${edition(entry.lesson.slug, '.')}.zip`);
			writeFileSync(target, zip);
			console.log(`${relative(root, target)}  ${(zip.length / 1024).toFixed(1)} KB`);
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

async function main() {
	for (language of args.lang ? [args.lang] : languages.LANGUAGES) await packageEdition();
}

await main();
