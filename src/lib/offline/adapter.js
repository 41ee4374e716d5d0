// Wraps the site's adapter: after it has written the site, adds `offline.json`, the offline
// manifest (bundles.js) that the service worker and "save the whole course" read. It is made
// from the pages as written, so it lists exactly what each one loads.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { offlineManifest } from './bundles.js';

export const MANIFEST_FILE = 'offline.json';

/**
 * @param {import('@sveltejs/kit').Adapter} adapter
 * @param {{ out: string, isCourse: (path: string) => boolean, isContent: (source: string) => boolean,
 *   needs?: (source: string, path: string) => boolean }}
 *   options `out`: where the adapter writes the site; `isCourse(path)`: whether a page (path
 *   without the base) belongs to the learner's course, which "save the whole course" keeps;
 *   `isContent(source)`: whether a module (by source path) is content that pages import on demand,
 *   kept as it is used rather than with the page; `needs(source, path)`: whether a page uses a
 *   module its scripts may import on demand (the text of its own language, say).
 * @returns {import('@sveltejs/kit').Adapter}
 */
export function withOfflineManifest(adapter, { out, isCourse, isContent, needs = () => true }) {
	return {
		...adapter,
		async adapt(builder) {
			await adapter.adapt(builder);
			const base = builder.config.kit.paths.base;
			const appPath = `/${builder.getAppPath()}`;
			/** @type {Map<string, string>} page path -> its file */
			const files = new Map(
				[...builder.prerendered.pages].map(([path, { file }]) => [path, join(out, file)])
			);
			const size = (/** @type {string} */ path) => {
				try {
					const bytes = readFileSync(files.get(path) ?? join(out, path.slice(base.length)));
					return /** @type {[number, number]} */ ([bytes.length, gzipSync(bytes, { level: 9 }).length]);
				} catch {
					return null;
				}
			};
			const manifest = offlineManifest({
				version: builder.config.kit.version.name,
				pages: [...files].map(([path, file]) => ({ path, html: readFileSync(file, 'utf8') })),
				manifest: JSON.parse(readFileSync(join(builder.getClientDirectory(), '.vite/manifest.json'), 'utf8')),
				appPath,
				isCourse: (path) => isCourse(path.slice(base.length) || '/'),
				isContent,
				needs: (source, path) => needs(source, path.slice(base.length) || '/'),
				size,
				readText: (path) => {
					try {
						return readFileSync(join(out, path.slice(base.length)), 'utf8');
					} catch {
						return null;
					}
				}
			});
			writeFileSync(join(out, MANIFEST_FILE), JSON.stringify(manifest));
		}
	};
}
