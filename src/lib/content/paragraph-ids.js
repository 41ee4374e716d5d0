// Remark plugin: a paragraph ending in `{#some-id}` gets that id, and the marker is removed.
// It runs inside mdsvex, before Svelte would read the braces as a template block.
// Plain JS because svelte.config.js imports it before any TypeScript tooling runs.

export const MARKER = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

/** @param {any} node */
function visit(node) {
	if (node.type === 'paragraph') {
		const last = node.children?.[node.children.length - 1];
		if (last?.type === 'text') {
			const match = MARKER.exec(last.value);
			if (match) {
				last.value = last.value.slice(0, match.index);
				node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: match[1] } };
			}
		}
		return;
	}
	for (const child of node.children ?? []) visit(child);
}

export function paragraphIds() {
	return (/** @type {any} */ tree) => visit(tree);
}
