// Every page the build wrote, as URL paths: the quality tests visit all of them.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.env.BUILD_DIR ?? 'build';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

const files = htmlFiles(root).map((file) => '/' + relative(root, file));

export const pages: string[] = files
	.map(
		(file) =>
			'/' +
			file
				.slice(1)
				.replace(/\.html$/, '')
				.replace(/(^|\/)index$/, '')
	)
	.sort();

/**
 * Every URL a static host serves each built page at (scripts/static-host.mjs does the same):
 * `x.html` at /x, /x/ and /x.html; `x/index.html` at /x, /x/ and /x/index.html; the home page also
 * at /index and /index.html.
 */
export const urlForms: { page: string; url: string }[] = files
	.flatMap((file) => {
		const bare = file.replace(/\.html$/, '');
		if (file === '/index.html') return ['/', '/index', '/index.html'].map((url) => ({ page: '/', url }));
		if (bare.endsWith('/index')) {
			const dir = bare.slice(0, -'/index'.length);
			return [dir, `${dir}/`, file].map((url) => ({ page: dir, url }));
		}
		return [bare, `${bare}/`, file].map((url) => ({ page: bare, url }));
	})
	.sort((a, b) => a.url.localeCompare(b.url));
