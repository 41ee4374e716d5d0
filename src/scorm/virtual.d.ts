// The lesson a SCORM package is built for, supplied by scripts/package-scorm.mjs at build time.
declare module 'virtual:scorm-lesson' {
	import type { Component } from 'svelte';
	import type { Quiz } from '../lib/quiz/schema';
	import type { Diagram } from '../lib/diagrams/types';
	import type { Language } from '../lib/i18n/languages';
	/** `language`: the edition the package was built from (--lang). */
	export const lesson: { slug: string; title: string; language: Language; quiz: Quiz; diagrams: Diagram[] };
	export const Reading: Component;
}
