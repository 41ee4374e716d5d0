// A Vite plugin for builds of one language (island scripts, SCORM packages): every import of the
// i18n switch (src/lib/i18n/index.ts) gets that language's module (./pinned/<language>.ts) instead,
// so the bundle holds one language's text, tree-shaken to the areas it reads. Plain JavaScript so
// the Vite config and Node scripts can import it as it is.
import { join } from 'node:path';

/**
 * @param {string} root the project's root
 * @param {string} language
 * @returns {import('vite').Plugin}
 */
export function pinLanguage(root, language) {
	const i18n = join(root, 'src/lib/i18n');
	const switchModule = join(i18n, 'index.ts');
	const pinned = join(i18n, 'pinned', `${language}.ts`);
	return {
		name: 'pin-language',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!importer || !/i18n/.test(source)) return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			return resolved?.id === switchModule ? pinned : null;
		}
	};
}
