import { describe, expect, it } from 'vitest';
import { courseFiles, filesFor, offlineManifest, referencedBy, withImports } from './bundles.js';

// A Vite manifest shaped like the site's: Kit's entries with the route table, a page node, an island
// that imports a panel on demand, and a module that imports the readings on demand.
const manifest = {
	'.svelte-kit/generated/client-optimized/app.js': {
		file: '_app/immutable/entry/app.A.js',
		imports: ['_runtime.js'],
		dynamicImports: ['.svelte-kit/generated/client-optimized/nodes/1.js', 'node-lesson']
	},
	'.svelte-kit/generated/client-optimized/nodes/1.js': {
		file: '_app/immutable/nodes/1.N.js',
		imports: ['_runtime.js'],
		dynamicImports: ['src/lib/content/readings.ts'],
		css: ['_app/immutable/assets/1.N.css']
	},
	'node-lesson': { file: '_app/immutable/nodes/8.L.js', imports: ['_runtime.js'] },
	'_runtime.js': { file: '_app/immutable/chunks/runtime.R.js' },
	'src/islands/lesson.ts': {
		file: '_app/immutable/chunks/island.I.js',
		imports: ['_runtime.js'],
		dynamicImports: ['_panel.js']
	},
	'_panel.js': {
		file: '_app/immutable/chunks/panel.P.js',
		imports: ['_runtime.js'],
		css: ['_app/immutable/assets/panel.P.css']
	},
	'src/lib/content/readings.ts': {
		file: '_app/immutable/chunks/readings.D.js',
		dynamicImports: ['lessons/10-a/index.md', 'lessons/20-b/index.md']
	},
	'lessons/10-a/index.md': { file: '_app/immutable/chunks/a.X.js', imports: ['_runtime.js'] },
	'lessons/20-b/index.md': { file: '_app/immutable/chunks/b.Y.js', imports: ['_runtime.js'] }
};
const isContent = (source: string) => source.startsWith('lessons/');

const kitPage = `<!doctype html><html><head>
<link rel="icon" href="../favicon.svg" type="image/svg+xml" />
<link href="../_app/immutable/entry/start.S.js" rel="modulepreload">
<link href="../_app/immutable/nodes/1.N.js" rel="modulepreload">
<link href="../_app/immutable/assets/1.N.css" rel="stylesheet" disabled media="(max-width: 0)">
<style>main{}</style>
<script>Promise.all([import("../_app/immutable/entry/start.S.js"), import("../_app/immutable/entry/app.A.js")])</script>
<a href="/elsewhere">a link is not a file the page loads</a>
<img src="https://other.example/x.png">
</head></html>`;

describe('offline bundles', () => {
	it('reads what a page loads from its HTML, not disabled stylesheets, links or other origins', () => {
		expect(referencedBy(kitPage, '/lessons/a').sort()).toEqual([
			'/_app/immutable/entry/app.A.js',
			'/_app/immutable/entry/start.S.js',
			'/_app/immutable/nodes/1.N.js',
			'/favicon.svg'
		]);
		expect(
			referencedBy('<script type="module" src="/_app/immutable/chunks/island.I.js"></script>', '/')
		).toEqual(['/_app/immutable/chunks/island.I.js']);
	});

	it('follows imports and on-demand imports, but not the route table or the readings', () => {
		expect(
			withImports(
				['/_app/immutable/entry/app.A.js', '/_app/immutable/nodes/1.N.js'],
				manifest,
				'/_app',
				isContent
			)
		).toEqual([
			'/_app/immutable/chunks/readings.D.js',
			'/_app/immutable/chunks/runtime.R.js',
			'/_app/immutable/entry/app.A.js',
			'/_app/immutable/nodes/1.N.js'
		]);
		// The panel is imported on demand: its stylesheet comes with it.
		expect(withImports(['/_app/immutable/chunks/island.I.js'], manifest, '/_app', isContent)).toEqual([
			'/_app/immutable/assets/panel.P.css',
			'/_app/immutable/chunks/island.I.js',
			'/_app/immutable/chunks/panel.P.js',
			'/_app/immutable/chunks/runtime.R.js'
		]);
	});

	it('shares one bundle between pages that load the same files, and lists the course', () => {
		const island = '<script type="module" src="/_app/immutable/chunks/island.I.js"></script>';
		const plan = offlineManifest({
			version: '1',
			pages: [
				{ path: '/lessons/a', html: island },
				{ path: '/lessons/b', html: island },
				{ path: '/', html: kitPage },
				{ path: '/teach', html: '<p>print me</p>' }
			],
			manifest,
			appPath: '/_app',
			isCourse: (path) => !path.startsWith('/teach'),
			isContent,
			size: (path) => (path === '/favicon.svg' ? null : [100, 50])
		});
		expect(plan.pages['/lessons/a']).toBe(plan.pages['/lessons/b']);
		expect(plan.course).toEqual(['/', '/lessons/a', '/lessons/b']);
		expect(plan.content).toEqual([
			'/_app/immutable/chunks/a.X.js',
			'/_app/immutable/chunks/b.Y.js',
			'/_app/immutable/chunks/runtime.R.js'
		]);
		// A file that was not written (here the icon) is left out.
		expect(filesFor(plan, ['/lessons/a'])).toEqual([
			'/lessons/a',
			'/_app/immutable/assets/panel.P.css',
			'/_app/immutable/chunks/island.I.js',
			'/_app/immutable/chunks/panel.P.js',
			'/_app/immutable/chunks/runtime.R.js'
		]);
		expect(filesFor(plan, ['/teach'])).toEqual(['/teach']);
		expect(courseFiles(plan)).toContain('/_app/immutable/chunks/b.Y.js');
		expect(courseFiles(plan)).not.toContain('/teach');
		expect(plan.sizes['/lessons/a']).toEqual([100, 50]);
	});

	it('reads the imports of scripts that Vite’s manifest does not list (islands built on their own)', () => {
		const texts: Record<string, string> = {
			'/_app/immutable/islands/island-lesson.A.js':
				'import{a}from"./shared.B.js";const p=()=>import(`./panel.C.js`);const css=["./panel.C.css"]',
			'/_app/immutable/islands/shared.B.js': 'export const a=1',
			'/_app/immutable/islands/panel.C.js': 'import"./shared.B.js"'
		};
		expect(
			withImports(
				['/_app/immutable/islands/island-lesson.A.js'],
				manifest,
				'/_app',
				isContent,
				false,
				(path) => texts[path] ?? null
			)
		).toEqual([
			'/_app/immutable/islands/island-lesson.A.js',
			'/_app/immutable/islands/panel.C.css',
			'/_app/immutable/islands/panel.C.js',
			'/_app/immutable/islands/shared.B.js'
		]);
	});
});
