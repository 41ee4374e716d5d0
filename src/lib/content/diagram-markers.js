// Remark plugin: a paragraph that is only `{diagram some-id}` becomes that diagram, drawn from the
// lesson's diagrams.yaml (see docs/authoring.md). It puts a <LessonDiagram id="some-id" /> there and
// imports the component; the page that shows the reading hands the lesson's checked diagrams to it
// (src/lib/diagrams/context.ts). Which ids exist is checked when the lesson is validated, with the
// file and field named, so this plugin only rewrites.
// Plain JS because svelte.config.js imports it before any TypeScript tooling runs.
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIAGRAM_MARKER } from './markers.js';

/** The import path of the component from the Markdown file (relative: no `$lib` alias is needed). */
function importPath(/** @type {string | undefined} */ filename) {
	const component = resolve(dirname(fileURLToPath(import.meta.url)), '../diagrams/LessonDiagram.svelte');
	const from = filename ? dirname(resolve(filename)) : process.cwd();
	const path = relative(from, component).split('\\').join('/');
	return path.startsWith('.') ? path : `./${path}`;
}

export function diagramMarkers() {
	return (/** @type {any} */ tree, /** @type {{ filename?: string }} */ file) => {
		let found = false;
		tree.children = tree.children.map((/** @type {any} */ node) => {
			const only = node.type === 'paragraph' && node.children?.length === 1 ? node.children[0] : undefined;
			const match = only?.type === 'text' ? DIAGRAM_MARKER.exec(only.value.trim()) : null;
			if (!match) return node;
			found = true;
			return { type: 'html', value: `<LessonDiagram id="${match[1]}" />` };
		});
		if (found) {
			const script = `<script>\n\timport LessonDiagram from ${JSON.stringify(importPath(file.filename))};\n</script>`;
			tree.children.unshift({ type: 'html', value: script });
		}
	};
}
