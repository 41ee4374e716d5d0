// Fills in what app.html leaves per page: the document's language, and for embeds the colour theme
// they start in (light: most course pages are; the embed script applies ?theme=dark|auto).
import type { Handle } from '@sveltejs/kit';

export const handle: Handle = ({ event, resolve }) => {
	const embed = event.route.id?.startsWith('/embed/') ?? false;
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', 'en').replace('%theme%', embed ? ' data-theme="light"' : '')
	});
};
