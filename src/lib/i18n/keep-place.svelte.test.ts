import { afterEach, describe, expect, it } from 'vitest';
import { fragmentId, keepPlaceOnSwitch, returnToPlace } from './keep-place';

/** A page with a language switch; returns the link and the function that stops listening. */
function page(hash: string) {
	document.body.innerHTML =
		'<main><p id="intro">Text</p></main><a data-lang-switch href="http://localhost/es/assignment">Español</a>';
	window.location.hash = hash;
	const stop = keepPlaceOnSwitch(document);
	const link = document.querySelector<HTMLAnchorElement>('a[data-lang-switch]')!;
	// Followed by hand: jsdom does not navigate, and the handler only rewrites the address.
	link.addEventListener('click', (e) => e.preventDefault());
	return { link, stop };
}

afterEach(() => {
	window.location.hash = '';
	document.body.innerHTML = '';
});

describe('the language switch', () => {
	it("carries a fragment that is the page's own state (an assignment's settings) as it is", () => {
		const { link, stop } = page('#l=the-report&m=p&id=0a1b2c3d');
		link.click();
		expect(new URL(link.href).hash).toBe('#l=the-report&m=p&id=0a1b2c3d');
		stop();
	});

	it('replaces a fragment that names a place on the page with the place on screen (none at the top)', () => {
		const { link, stop } = page('#intro');
		link.click();
		expect(new URL(link.href).hash).toBe('');
		stop();
	});

	it('carries a malformed percent fragment (#%E0%A4%A) as it is, without throwing', () => {
		const { link, stop } = page('#%E0%A4%A');
		expect(() => link.click()).not.toThrow();
		expect(new URL(link.href).hash).toBe('#%E0%A4%A');
		stop();
	});
});

describe('a place in the page from the fragment', () => {
	it('reads a malformed percent fragment as naming nothing, never a URIError', () => {
		expect(() => decodeURIComponent('%E0%A4%A')).toThrow(URIError);
		expect(fragmentId('%E0%A4%A')).toBe('%E0%A4%A');
		expect(fragmentId('q%C3%A9')).toBe('qé');
		window.location.hash = '#%E0%A4%A';
		expect(() => returnToPlace(document)).not.toThrow();
	});
});
