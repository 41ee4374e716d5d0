// The embed page's only script: the quiz and its messages to the host page.
import EmbedQuiz from '$lib/embed/EmbedQuiz.svelte';
import { hydrateIslands } from '$lib/islands/hydrate';

void hydrateIslands({ 'embed-quiz': EmbedQuiz });
