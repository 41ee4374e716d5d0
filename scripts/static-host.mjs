// How a static host (Netlify, Cloudflare Pages) maps a request to a file and to the headers in
// `_headers`. scripts/serve.mjs uses it to serve the build for the browser tests, so what they see
// is what such a host would serve.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

/**
 * The path a host matches rules and files against: query and fragment dropped, percent-escapes
 * decoded, repeated slashes and `.`/`..` segments resolved (`//`, `/%61bout`, `/x/../about`).
 * Null when the request cannot name a path at all (a malformed escape, a NUL).
 * @param {string | undefined} url the request target, e.g. `/about?x=1`
 * @returns {string | null}
 */
export function requestPath(url) {
	let raw = (url ?? '/').split(/[?#]/, 1)[0] ?? '';
	// Absolute-form targets (`http://host/path`), as proxies send them.
	if (!raw.startsWith('/')) {
		try {
			raw = new URL(raw).pathname;
		} catch {
			return null;
		}
	}
	let decoded;
	try {
		decoded = decodeURIComponent(raw);
	} catch {
		return null;
	}
	if (decoded.includes('\0')) return null;
	const path = posix.normalize(decoded);
	return path.startsWith('/') ? path : `/${path}`;
}

/**
 * The file (a path under `root`, starting with /) a host serves for `path`: the file itself, else
 * `x.html` or `x/index.html` for `/x` and `/x/`. Null when there is none (the host's 404).
 * @param {string} root
 * @param {string} path a path from requestPath
 * @returns {string | null}
 */
export function resolveFile(root, path) {
	const candidates = path.endsWith('/')
		? [`${path}index.html`, path.length > 1 ? `${path.slice(0, -1)}.html` : null]
		: [path, `${path}.html`, `${path}/index.html`];
	for (const candidate of candidates) {
		if (!candidate) continue;
		const file = join(root, candidate);
		try {
			if (statSync(file).isFile()) return candidate;
		} catch {
			// Not there: try the next form.
		}
	}
	return null;
}

/**
 * The rules of a `_headers` file (the Netlify/Cloudflare Pages format): a path pattern, then its
 * headers indented below it. `*` matches anything, including nothing and slashes.
 * @param {string} file
 * @returns {{ pattern: RegExp, source: string, headers: [string, string][] }[]}
 */
export function readHeaderRules(file) {
	if (!existsSync(file)) return [];
	const rules = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line.trim();
			const glob = source.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${glob}$`), source, headers: [] });
		} else if (rules.length) {
			const at = line.indexOf(':');
			rules.at(-1).headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

/**
 * The headers for `path`. Like Cloudflare Pages, the strictest common host: a header set by two
 * matching rules gets both values, comma-joined, so rules that overlap by mistake show up in tests.
 * @param {ReturnType<typeof readHeaderRules>} rules
 * @param {string} path
 * @returns {Map<string, string>} lower-case header names
 */
export function headersFor(rules, path) {
	const headers = new Map();
	for (const rule of rules) {
		if (!rule.pattern.test(path)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
		}
	}
	return headers;
}
