// The lesson page's only script: hydrates the quiz and (when it has something to say) the progress
// notice, registers the service worker, and keeps the reader's place when they switch language.
import LessonQuiz from '$lib/components/LessonQuiz.svelte';
import { progressNotice } from '$lib/components/progress-notice';
import { keepPlaceOnSwitch, returnToPlace } from '$lib/i18n/keep-place';
import { t } from '$lib/i18n';
import { hydrateIslands } from '$lib/islands/hydrate';
import { registerServiceWorker } from '$lib/offline/register';
import { isImportFailure, offerReload } from '$lib/offline/reload';

// After a deploy, the quiz's on-demand parts (a test's submit button) may be gone: offer a reload.
addEventListener('error', (e) => {
	if (isImportFailure(e.error)) offerReload(t.offline.loadFailed);
});
void hydrateIslands({ quiz: LessonQuiz, 'progress-notice': progressNotice });
// A frame after hydration, with the quiz showing the saved question.
returnToPlace();
registerServiceWorker();
keepPlaceOnSwitch();
