// Serves the built site the way a static host does: files from build/, `/x` -> `x.html`, the
// headers listed in build/_headers (the Netlify/Cloudflare Pages format) applied per path, and text
// compressed with brotli or gzip as the client accepts (as those hosts, GitHub Pages and Vercel do).
// Used by the browser tests, the benchmark and Lighthouse; `npm run preview` is the development
// preview.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { compressing } from './compress.mjs';

const root = process.env.BUILD_DIR ?? 'build';
const port = Number(process.env.PORT ?? 4173);

/** @returns {{ pattern: RegExp, headers: [string, string][] }[]} */
function readHeaderRules(file) {
	if (!existsSync(file)) return [];
	const rules = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const glob = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
		} else if (rules.length) {
			const at = line.indexOf(':');
			rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

const rules = readHeaderRules(join(root, '_headers'));
const files = sirv(root, { extensions: ['html'], dev: false, etag: true });

createServer((req, res) => {
	const path = new URL(req.url ?? '/', 'http://x').pathname;
	// Like Cloudflare Pages, the strictest common host: a header set by two matching rules gets both
	// values, comma-joined. Rules that overlap by mistake then show up in the tests.
	const headers = new Map();
	for (const rule of rules) {
		if (!rule.pattern.test(path)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
		}
	}
	for (const [name, value] of headers) res.setHeader(name, value);
	compressing(req, res);
	files(req, res, () => {
		res.statusCode = 404;
		const notFound = join(root, '404.html');
		res.setHeader('content-type', 'text/html; charset=utf-8');
		res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
	});
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}`));
