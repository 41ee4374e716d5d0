// Lesson folders from disk, for tests: the shared reader in src/lib/content/disk.ts.
export { readLessonFolder, readLessonFolders } from '../../src/lib/content/disk';
