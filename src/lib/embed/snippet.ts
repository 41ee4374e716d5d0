// The HTML a course page pastes to embed a quiz: the iframe, the host script that sizes it and,
// on request, an example listener that receives the score.

const escapeAttr = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function embedSnippet({
	origin,
	base = '',
	slug,
	lang = 'en',
	title,
	query = '',
	listener
}: {
	origin: string;
	/** The site's base path, when it lives under one (e.g. /course). */
	base?: string;
	slug: string;
	/** The quiz's language: `/es/embed/<slug>` for Spanish (`?lang=es` also works, one load later). */
	lang?: string;
	title: string;
	query?: string;
	/** The comment of an example `quiz:complete` listener; none when left out. */
	listener?: string;
}): string {
	const site = `${origin}${base}`;
	const prefix = lang === 'en' ? '' : `/${encodeURIComponent(lang)}`;
	const src = `${site}${prefix}/embed/${encodeURIComponent(slug)}${query}`;
	const lines = [
		`<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}"`,
		`  width="100%" height="600" loading="lazy" style="border:0;max-width:100%"></iframe>`,
		`<script src="${escapeAttr(site)}/embed.js" async></script>`
	];
	if (listener) {
		lines.push(
			'<script>',
			`  // ${listener.replace(/[\r\n]+/g, ' ')}`,
			"  document.addEventListener('quiz:complete', (event) => {",
			'    const { lesson, attempt, result } = event.detail;',
			"    console.log(lesson, 'attempt', attempt, result.score.raw, 'of', result.score.max, result.success ? 'passed' : 'not passed');",
			'  });',
			'</script>'
		);
	}
	return lines.join('\n');
}
