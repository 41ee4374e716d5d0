// The embed page's only script: the quiz and its messages to the host page. An embed asked for in
// another language (?lang=es) first moves to that language's page.
import EmbedQuiz from '$lib/embed/EmbedQuiz.svelte';
import { embedInLanguage } from '$lib/embed/language';
import { languageOf } from '$lib/i18n/languages';
import { hydrateIslands } from '$lib/islands/hydrate';

const elsewhere = embedInLanguage(
	new URL(location.href),
	languageOf({ lang: document.documentElement.lang })
);
if (elsewhere) location.replace(elsewhere);
else void hydrateIslands({ 'embed-quiz': EmbedQuiz });
