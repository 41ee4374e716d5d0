// The words for a store's notice: kept apart from the stores, so a page whose progress is fine (most
// visits) does not download them. Read by the components that show a notice.
import { t } from '../i18n';
import type { Notice } from './types';

export const noticeWords = (notice: Notice): string =>
	notice.kind === 'repaired' ? t.progress.repaired(notice.quizzes) : t.progress[notice.kind];
