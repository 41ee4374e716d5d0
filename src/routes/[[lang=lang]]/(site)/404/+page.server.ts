import { languageOf } from '$lib/i18n/languages';
import { lessonsIn } from '$lib/server/lessons';

export function load({ params }) {
	return { lessons: lessonsIn(languageOf(params)).map((l) => ({ slug: l.slug, title: l.title })) };
}
