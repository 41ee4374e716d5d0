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

export const pages: string[] = htmlFiles(root)
	.map(
		(file) =>
			'/' +
			relative(root, file)
				.replace(/\.html$/, '')
				.replace(/(^|\/)index$/, '')
	)
	.sort();
