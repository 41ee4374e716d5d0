import { buildGlossary } from '$lib/content/glossary';
import { stringsFor } from '$lib/i18n/all';
import { languageOf } from '$lib/i18n/languages';
import { lessonsIn } from '$lib/server/lessons';

export function load({ params }) {
	const lang = languageOf(params);
	// One entry per term (same term, whatever its case or accents), grouped by letter for the index.
	return { glossary: buildGlossary(lessonsIn(lang), stringsFor(lang).site.glossary) };
}
