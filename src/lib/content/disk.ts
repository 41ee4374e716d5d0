// Lesson folders read from disk, for scripts and tests (the site reads the same files with
// import.meta.glob in $lib/server/lessons.ts). Node only.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LANGUAGE, editionFile, type Language } from '../i18n/languages';
import type { LessonFiles } from './validate';

export function readLessonFolder(
	root: string,
	folder: string,
	language: Language = DEFAULT_LANGUAGE
): LessonFiles {
	const optional = (name: 'index.md' | 'quiz.yaml' | 'diagrams.yaml') => {
		const path = join(root, folder, editionFile(name, language));
		return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
	};
	return {
		folder,
		markdown: optional('index.md') ?? '',
		quiz: optional('quiz.yaml'),
		diagrams: optional('diagrams.yaml'),
		language
	};
}

/** Every lesson folder (one with an English index.md), in the edition asked for. */
export function readLessonFolders(root: string, language: Language = DEFAULT_LANGUAGE): LessonFiles[] {
	return readdirSync(root, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'index.md')))
		.map((d) => readLessonFolder(root, d.name, language));
}
