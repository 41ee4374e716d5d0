// The HTML a course page pastes to embed a quiz: the iframe plus the host script that sizes it.

const escapeAttr = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function embedSnippet({
	origin,
	slug,
	title,
	query = ''
}: {
	origin: string;
	slug: string;
	title: string;
	query?: string;
}): string {
	const src = `${origin}/embed/${encodeURIComponent(slug)}${query}`;
	return [
		`<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}"`,
		`  width="100%" height="600" loading="lazy" style="border:0;max-width:100%"></iframe>`,
		`<script src="${escapeAttr(origin)}/embed.js" async></script>`
	].join('\n');
}
