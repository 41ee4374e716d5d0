// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** The deployed site's origin, from SITE_ORIGIN at build time (vite.config.ts); '' if not given. */
	const __SITE_ORIGIN__: string;
}

export {};
