import { describe, expect, it } from 'vitest';
import { embedInLanguage } from './language';

const at = (href: string, lang: 'en' | 'es' = 'en') => embedInLanguage(new URL(href), lang);

describe('embedInLanguage', () => {
	it('moves an English embed asked for in Spanish to /es/, keeping the query', () => {
		expect(at('https://x.org/embed/sovereignty?lang=es&mode=test')).toBe(
			'/es/embed/sovereignty?lang=es&mode=test'
		);
	});

	it('keeps a base path, and goes back to English from /es/', () => {
		expect(at('https://x.org/course/es/embed/sovereignty?lang=en', 'es')).toBe(
			'/course/embed/sovereignty?lang=en'
		);
		expect(at('https://x.org/course/embed/sovereignty?lang=ES')).toBe('/course/es/embed/sovereignty?lang=ES');
	});

	it('stays put for the page language, an unknown language or none', () => {
		expect(at('https://x.org/es/embed/a?lang=es', 'es')).toBeNull();
		expect(at('https://x.org/embed/a?lang=fr')).toBeNull();
		expect(at('https://x.org/embed/a')).toBeNull();
	});
});
