// Serves the built site the way a static host does (scripts/static-host.mjs): files from build/,
// `/x`, `/x/` -> `x.html` or `x/index.html`, the headers listed in build/_headers (the
// Netlify/Cloudflare Pages format) applied per path, the nearest 404.html for anything else (as
// Cloudflare Pages does: /es/… gets the Spanish one, es/404.html), and text
// compressed with brotli or gzip as the client accepts (scripts/compress.mjs; as Netlify,
// Cloudflare Pages, GitHub Pages and Vercel do). Used by the browser tests, the benchmark and
// Lighthouse, and it is `npm run preview` (vite preview does not serve offline.json, made after the build).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { compressing } from './compress.mjs';
import { headersFor, readHeaderRules, requestPath, resolveFile } from './static-host.mjs';

const root = process.env.BUILD_DIR ?? 'build';
const port = Number(process.env.PORT ?? 4173);
// A site built with BASE_PATH (e.g. /course) is served under it, as a host would serve a subfolder.
const base = process.env.BASE_PATH ?? '';

const rules = readHeaderRules(join(root, '_headers'));
const files = sirv(root, { dev: false, etag: true });

/**
 * @param {import('node:http').ServerResponse} res
 * @param {string | null} [path] the decoded request path, for the nearest 404 page
 */
function notFound(res, path = null) {
	res.statusCode = 404;
	const dirs = (path ?? '/')
		.split('/')
		.slice(1, -1)
		.filter((d) => d && d !== '.' && d !== '..');
	const page = [...dirs.keys()]
		.map((n) => join(root, ...dirs.slice(0, dirs.length - n), '404.html'))
		.concat(join(root, '404.html'))
		.find((file) => existsSync(file));
	res.setHeader('content-type', 'text/html; charset=utf-8');
	res.end(page ? readFileSync(page) : 'Not found');
}

createServer((req, res) => {
	// A request this server cannot make sense of gets an answer, never a crash.
	try {
		if (base) {
			const url = req.url ?? '/';
			if (url !== base && !url.startsWith(`${base}/`) && !url.startsWith(`${base}?`)) return notFound(res);
			req.url = url.slice(base.length) || '/';
		}
		const path = requestPath(req.url);
		if (path === null) {
			res.statusCode = 400;
			res.end('Bad request');
			return;
		}
		for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
		const file = resolveFile(root, path);
		if (!file) return notFound(res, path);
		// sirv serves the resolved file (types, caching, ranges); the path was already decoded.
		req.url = encodeURI(file);
		compressing(req, res);
		files(req, res, () => notFound(res, path));
	} catch (error) {
		console.error(error);
		if (!res.headersSent) res.statusCode = 500;
		res.end();
	}
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}`));
