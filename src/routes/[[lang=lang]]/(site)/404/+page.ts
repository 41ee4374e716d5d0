// The page static hosts serve for any path they do not have (adapter-static writes it as
// build/404.html; Netlify, Cloudflare Pages and scripts/serve.mjs serve it with status 404). It is
// served at any depth, so it needs root-relative links and assets (`paths.relative: false` in
// svelte.config.js), and no SvelteKit client: the client would route the unknown address itself
// and replace this page with its own bare error.
export const csr = false;
