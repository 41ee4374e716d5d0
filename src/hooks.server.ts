// Fills in what app.html leaves per page: the document's language (/es/… pages are Spanish), and
// for embeds the colour theme they start in (light: most course pages are; the embed script
// applies ?theme=dark|auto).
import type { Handle } from '@sveltejs/kit';
import { DEFAULT_LANGUAGE } from '$lib/i18n/languages';

export const handle: Handle = ({ event, resolve }) => {
	const embed = event.route.id?.includes('/embed/') ?? false;
	const lang = event.params.lang ?? DEFAULT_LANGUAGE;
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', lang).replace('%theme%', embed ? ' data-theme="light"' : '')
	});
};
