import '@testing-library/jest-dom/vitest';
import { loadLanguage } from '$lib/i18n';

// Pages load their language in the root layout; components under test read English.
await loadLanguage('en');
await loadLanguage('es');
