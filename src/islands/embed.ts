// The embed page's only script: the quiz and its messages to the host page.
import { mountIslands } from '$lib/islands/mount';
import EmbedQuiz from '$lib/embed/EmbedQuiz.svelte';

void mountIslands({ 'embed-quiz': EmbedQuiz });
