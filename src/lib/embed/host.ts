// The host page's side of the embed protocol, built into /embed.js (see src/lib/islands/build.ts):
//
//   <iframe src="https://QUIZ-SITE/embed/<slug>" title="Quiz" style="border:0;width:100%"></iframe>
//   <script src="https://QUIZ-SITE/embed.js" async></script>
//
// - Sizes every iframe showing this site's /embed/... to the height its quiz reports (quiz:resize).
// - Re-dispatches quiz:ready, quiz:answer and quiz:complete as DOM CustomEvents of the same name on
//   the iframe element (bubbling), with the message as `detail`.
// - Acts only on messages from this site's origin (the origin the script was loaded from, or
//   data-quiz-origin on the script tag) that come from one of those iframes and pass the protocol's
//   own checks (parseMessage: the same code the quiz posts with). Safe to include more than once.
import { parseMessage } from './protocol';

export interface QuizEmbed {
	origin: string;
	isMessage: (m: unknown) => boolean;
	isQuizFrame: (iframe: HTMLIFrameElement) => boolean;
}

declare global {
	interface Window {
		QuizEmbed?: QuizEmbed;
	}
}

const EVENTS = new Set(['quiz:ready', 'quiz:answer', 'quiz:complete']);

export function startHost(win: Window = window, doc: Document = document): void {
	if (win.QuizEmbed) return;
	const script =
		(doc.currentScript as HTMLScriptElement | null) ??
		doc.querySelector<HTMLScriptElement>('script[data-quiz-origin]') ??
		doc.querySelector<HTMLScriptElement>('script[src$="/embed.js"]');
	const given = script?.getAttribute('data-quiz-origin');
	const src = script?.src ? new URL(script.src, win.location.href) : null;
	const origin = given || src?.origin;
	if (!origin) return;
	// The site may live under a base path: its embeds are beside this script (…/embed.js, …/embed/x).
	const base = src && src.origin === origin ? src.pathname.replace(/\/embed\.js$/, '') : '';

	const isQuizFrame = (iframe: HTMLIFrameElement) => {
		try {
			const url = new URL(iframe.src, win.location.href);
			// `/embed/<slug>`, or another language's `/<lang>/embed/<slug>`.
			return (
				url.origin === origin &&
				url.pathname.startsWith(base) &&
				/^(\/[a-z]{2})?\/embed\//.test(url.pathname.slice(base.length))
			);
		} catch {
			return false;
		}
	};

	/** The quiz iframe whose window sent a message (looked up each time: frames come and go). */
	const frameOf = (source: MessageEventSource) =>
		[...doc.getElementsByTagName('iframe')].find((f) => f.contentWindow === source && isQuizFrame(f));

	win.addEventListener('message', (event) => {
		if (event.origin !== origin || !event.source) return;
		const message = parseMessage(event.data);
		if (!message) return;
		const iframe = frameOf(event.source);
		if (!iframe) return;
		if (message.type === 'quiz:resize') iframe.style.height = `${Math.ceil(message.height)}px`;
		else if (EVENTS.has(message.type))
			iframe.dispatchEvent(new CustomEvent(message.type, { detail: message, bubbles: true }));
	});
	win.QuizEmbed = { origin, isMessage: (m) => parseMessage(m) !== null, isQuizFrame };
}
