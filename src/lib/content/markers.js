// The diagram marker, shared by the remark plugin (diagram-markers.js) and the lesson validator.
// Plain JS, with no imports, so both Node (svelte.config.js) and the bundles can load it.

/** A marker paragraph: `{diagram some-id}` alone, with a blank line before and after. */
export const DIAGRAM_MARKER = /^\{diagram ([a-z0-9][a-z0-9-]*)\}$/;
