// The host page's script (/embed.js, built from ./host.ts), run in jsdom as a host page loads it.
// The browser tests load the built file on a real host page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHost, type QuizEmbed } from './host';
import { completeMessage, readyMessage, resizeMessage } from './protocol';

const QUIZ = 'https://quiz.example';

function frame(src: string): HTMLIFrameElement {
	const iframe = document.createElement('iframe');
	iframe.src = 'about:blank';
	document.body.append(iframe);
	// jsdom would try to load a real src; the script only reads the attribute.
	Object.defineProperty(iframe, 'src', { value: src });
	return iframe;
}

function send(from: HTMLIFrameElement | Window | null, data: unknown, origin = QUIZ) {
	const win = from instanceof HTMLIFrameElement ? from.contentWindow : from;
	window.dispatchEvent(new MessageEvent('message', { data, origin, source: win }));
}

// The listeners each run installs, removed after each test so runs do not stack up.
const installed: EventListener[] = [];
function load() {
	const add = window.addEventListener;
	window.addEventListener = ((type: string, listener: EventListener) => {
		installed.push(listener);
		add.call(window, type, listener);
	}) as typeof window.addEventListener;
	try {
		startHost();
	} finally {
		window.addEventListener = add;
	}
}

beforeEach(() => {
	delete window.QuizEmbed;
	const tag = document.createElement('script');
	tag.setAttribute('data-quiz-origin', QUIZ);
	document.head.append(tag);
	load();
});

afterEach(() => {
	for (const listener of installed.splice(0)) window.removeEventListener('message', listener);
	document.head.innerHTML = '';
	document.body.innerHTML = '';
});

describe('embed.js', () => {
	it('finds embeds under a base path, beside the script it was loaded from', () => {
		delete window.QuizEmbed;
		document.head.innerHTML = '';
		const tag = document.createElement('script');
		tag.src = `${QUIZ}/course/embed.js`;
		document.head.append(tag);
		load();
		const inside = frame(`${QUIZ}/course/embed/one`);
		const outside = frame(`${QUIZ}/embed/one`);
		const embed = window.QuizEmbed as QuizEmbed | undefined;
		expect(embed?.isQuizFrame(inside)).toBe(true);
		expect(embed?.isQuizFrame(outside)).toBe(false);
		// Another language's embeds, under the same base; not a look-alike folder.
		expect(embed?.isQuizFrame(frame(`${QUIZ}/course/es/embed/one`))).toBe(true);
		expect(embed?.isQuizFrame(frame(`${QUIZ}/coursework/embed/one`))).toBe(false);
		expect(embed?.isQuizFrame(frame(`${QUIZ}/course/es/lessons/one`))).toBe(false);
	});

	it('sizes a Spanish embed (/es/embed/…) as it does an English one', () => {
		const a = frame(`${QUIZ}/es/embed/one`);
		send(a, resizeMessage(500));
		expect(a.style.height).toBe('500px');
	});

	it('knows the quiz origin and exposes its checks', () => {
		expect(window.QuizEmbed?.origin).toBe(QUIZ);
		expect(window.QuizEmbed?.isMessage(resizeMessage(10))).toBe(true);
		expect(window.QuizEmbed?.isMessage({ type: 'quiz:resize', height: 10 })).toBe(false);
	});

	it('sizes the quiz iframe that asked', () => {
		const a = frame(`${QUIZ}/embed/one`);
		const b = frame(`${QUIZ}/embed/two`);
		send(b, resizeMessage(731.5));
		expect(b.style.height).toBe('732px');
		expect(a.style.height).toBe('');
	});

	it('re-dispatches completion on the iframe, bubbling, with the message as detail', () => {
		const a = frame(`${QUIZ}/embed/one`);
		const seen: CustomEvent[] = [];
		document.body.addEventListener('quiz:complete', (e) => seen.push(e as CustomEvent));
		const message = completeMessage('one', { earned: 2, max: 3, passed: false });
		send(a, message);
		expect(seen).toHaveLength(1);
		expect(seen[0]!.target).toBe(a);
		expect(seen[0]!.detail).toEqual(message);
	});

	it('re-dispatches ready too', () => {
		const a = frame(`${QUIZ}/embed/one`);
		let detail: unknown;
		a.addEventListener('quiz:ready', (e) => (detail = (e as CustomEvent).detail));
		send(a, readyMessage('one', 4));
		expect(detail).toEqual(readyMessage('one', 4));
	});

	it('ignores messages from another origin', () => {
		const a = frame(`${QUIZ}/embed/one`);
		let fired = false;
		a.addEventListener('quiz:complete', () => (fired = true));
		send(a, resizeMessage(900), 'https://evil.example');
		send(a, completeMessage('one', { earned: 1, max: 1, passed: true }), 'https://evil.example');
		expect(a.style.height).toBe('');
		expect(fired).toBe(false);
	});

	it('ignores malformed messages', () => {
		const a = frame(`${QUIZ}/embed/one`);
		let fired = false;
		a.addEventListener('quiz:complete', () => (fired = true));
		for (const data of [
			'quiz:resize',
			{ type: 'quiz:resize', version: 1, height: 'tall' },
			{ type: 'quiz:resize', version: 2, height: 300 },
			{ type: 'quiz:complete', version: 1, lesson: 'one', result: { score: {} } },
			null
		]) {
			send(a, data);
		}
		expect(a.style.height).toBe('');
		expect(fired).toBe(false);
	});

	it('ignores frames that are not quiz embeds, and senders that are no frame here', () => {
		const other = frame(`${QUIZ}/lessons/one`);
		const elsewhere = frame('https://elsewhere.example/embed/one');
		send(other, resizeMessage(500));
		send(elsewhere, resizeMessage(500));
		send(window, resizeMessage(500));
		expect(other.style.height).toBe('');
		expect(elsewhere.style.height).toBe('');
	});

	it('installs once however many times it is included', () => {
		const a = frame(`${QUIZ}/embed/one`);
		load();
		let count = 0;
		a.addEventListener('quiz:complete', () => count++);
		send(a, completeMessage('one', { earned: 1, max: 1, passed: true }));
		expect(count).toBe(1);
	});
});
