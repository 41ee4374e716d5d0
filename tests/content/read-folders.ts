// Reads lesson folders from disk the way the build's import.meta.glob does, for tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LessonFiles } from '../../src/lib/content/validate';

export function readLessonFolder(root: string, folder: string): LessonFiles {
	const optional = (file: string) => {
		const path = join(root, folder, file);
		return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
	};
	return {
		folder,
		markdown: readFileSync(join(root, folder, 'index.md'), 'utf8'),
		quiz: optional('quiz.yaml'),
		diagrams: optional('diagrams.yaml')
	};
}

export function readLessonFolders(root: string): LessonFiles[] {
	return readdirSync(root, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'index.md')))
		.map((d) => readLessonFolder(root, d.name));
}
