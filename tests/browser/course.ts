// The course as the build sees it, for browser tests that need to know the answer keys.
import { parseCourse } from '../../src/lib/content/validate';
import { readLessonFolders } from '../content/read-folders';

export const course = parseCourse(readLessonFolders('lessons'));
