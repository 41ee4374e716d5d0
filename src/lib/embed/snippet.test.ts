import { describe, expect, it } from 'vitest';
import { embedSnippet } from './snippet';

describe('embedSnippet', () => {
	it('gives the iframe and the host script from the same origin', () => {
		const code = embedSnippet({
			origin: 'https://quiz.example',
			slug: 'the-report',
			title: 'Quiz: The report',
			query: '?mode=test'
		});
		expect(code).toContain('<iframe src="https://quiz.example/embed/the-report?mode=test"');
		expect(code).toContain('title="Quiz: The report"');
		expect(code).toContain('<script src="https://quiz.example/embed.js" async></script>');
	});

	it('escapes what it puts into attributes', () => {
		const code = embedSnippet({ origin: 'https://q.example', slug: 'a', title: 'Say "hi" <b>' });
		expect(code).toContain('title="Say &quot;hi&quot; &lt;b&gt;"');
	});

	it('works as HTML: one iframe and one script', () => {
		const doc = new DOMParser().parseFromString(
			embedSnippet({ origin: 'https://q.example', slug: 'a', title: 'T&C' }),
			'text/html'
		);
		expect(doc.querySelectorAll('iframe')).toHaveLength(1);
		expect(doc.querySelector('iframe')?.title).toBe('T&C');
		expect(doc.querySelector('script')?.getAttribute('src')).toBe('https://q.example/embed.js');
	});
});
