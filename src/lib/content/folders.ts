// Lesson folders: `lessons/NN-slug/`. Two digits order the course; the slug is the URL.
export const FOLDER = /^(\d\d)-([a-z0-9][a-z0-9-]*)$/;

/** The folder name in a path such as `/lessons/10-the-report/index.md`. */
export function folderOf(path: string): string {
	return path.split('/').at(-2) ?? '';
}

/** `10-the-report` -> `the-report`. */
export function slugOf(folder: string): string {
	return folder.replace(/^\d\d-/, '');
}
