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

describe('embedSnippet options', () => {
	it('adds an example listener on request, and lives under a base path', () => {
		const code = embedSnippet({
			origin: 'https://q.example',
			base: '/course',
			slug: 'a',
			title: 'A',
			query: '?mode=test&passMark=80',
			listener: 'Do something'
		});
		expect(code).toContain('src="https://q.example/course/embed/a?mode=test&amp;passMark=80"');
		expect(code).toContain('<script src="https://q.example/course/embed.js" async></script>');
		const doc = new DOMParser().parseFromString(code, 'text/html');
		const scripts = [...doc.querySelectorAll('script')];
		expect(scripts).toHaveLength(2);
		expect(scripts[1]!.textContent).toContain("document.addEventListener('quiz:complete'");
		expect(embedSnippet({ origin: 'https://q.example', slug: 'a', title: 'A' })).not.toContain(
			'addEventListener'
		);
	});
});
