import '@testing-library/jest-dom/vitest';
import { loadLanguage } from '$lib/i18n';

// Pages load their language in the root layout; components under test read English.
await loadLanguage('en');
await loadLanguage('es');

// jsdom has no reportError (every browser the quiz runs in has, with Array.prototype.at): the quiz
// reports a part that could not be loaded with it (src/lib/components/quiz/deferred.svelte.ts).
globalThis.reportError ??= () => {};
