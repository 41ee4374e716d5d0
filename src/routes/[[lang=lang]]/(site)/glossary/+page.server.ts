import { lessons } from '$lib/server/lessons';
import { buildGlossary } from '$lib/content/glossary';
import { t } from '$lib/i18n';

export function load() {
	// One entry per term (same term, whatever its case or accents), grouped by letter for the index.
	return { glossary: buildGlossary(lessons, t.site.glossary) };
}
