/*
 * embed.js: the host page's side of the embedded quiz protocol (docs/embedding.md).
 *
 *   <iframe src="https://QUIZ-SITE/embed/<slug>" title="Quiz" style="border:0;width:100%"></iframe>
 *   <script src="https://QUIZ-SITE/embed.js" async></script>
 *
 * - Sizes every iframe whose src is this site's /embed/... to the height its quiz reports
 *   (quiz:resize), so the quiz never shows an inner scrollbar.
 * - Re-dispatches quiz:ready, quiz:answer and quiz:complete as DOM CustomEvents of the same name
 *   on the iframe element (bubbling), with the message as `detail`:
 *     iframe.addEventListener('quiz:complete', (e) => console.log(e.detail.result.score.raw));
 * - Acts only on messages from this site's origin (the origin this script was loaded from, or
 *   data-quiz-origin on the script tag) that come from one of those iframes and have the protocol's
 *   shape; everything else is ignored.
 * No dependencies, no globals apart from window.QuizEmbed; safe to include more than once.
 */
(function () {
	'use strict';
	if (window.QuizEmbed) return;

	var script =
		document.currentScript ||
		document.querySelector('script[data-quiz-origin]') ||
		document.querySelector('script[src$="/embed.js"]');
	var origin = (script && script.getAttribute('data-quiz-origin')) || '';
	if (!origin && script && script.src) origin = new URL(script.src, location.href).origin;
	if (!origin) return;

	var EVENTS = { 'quiz:ready': 1, 'quiz:answer': 1, 'quiz:complete': 1 };

	function isCount(x) {
		return typeof x === 'number' && isFinite(x) && x >= 0;
	}
	function isName(x) {
		return typeof x === 'string' && x.length > 0 && x.length <= 200;
	}
	function isObject(x) {
		return typeof x === 'object' && x !== null && !Array.isArray(x);
	}

	/** The same checks as src/lib/embed/protocol.ts parseMessage: true if `m` is a protocol message. */
	function isMessage(m) {
		if (!isObject(m) || m.version !== 1) return false;
		switch (m.type) {
			case 'quiz:ready':
				return isName(m.lesson) && isCount(m.questionCount);
			case 'quiz:resize':
				return isCount(m.height) && m.height < 1e6;
			case 'quiz:answer':
				return (
					isName(m.lesson) &&
					isName(m.questionId) &&
					typeof m.correct === 'boolean' &&
					isCount(m.earned) &&
					isCount(m.max)
				);
			case 'quiz:complete':
				var r = m.result;
				var s = isObject(r) && r.score;
				return (
					isName(m.lesson) &&
					isObject(s) &&
					isCount(s.raw) &&
					isCount(s.min) &&
					isCount(s.max) &&
					s.raw <= s.max &&
					typeof s.scaled === 'number' &&
					s.scaled >= 0 &&
					s.scaled <= 1 &&
					typeof r.success === 'boolean' &&
					typeof r.completion === 'boolean'
				);
		}
		return false;
	}

	/** True if the iframe shows one of this site's embed routes. */
	function isQuizFrame(iframe) {
		try {
			var url = new URL(iframe.src, location.href);
			return url.origin === origin && url.pathname.indexOf('/embed/') === 0;
		} catch (e) {
			return false;
		}
	}

	/** The quiz iframe whose window sent a message (looked up each time: frames come and go). */
	function frameOf(source) {
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === source && isQuizFrame(frames[i])) return frames[i];
		}
		return null;
	}

	function receive(event) {
		if (event.origin !== origin || !event.source) return;
		var message = event.data;
		if (!isMessage(message)) return;
		var iframe = frameOf(event.source);
		if (!iframe) return;
		if (message.type === 'quiz:resize') {
			iframe.style.height = Math.ceil(message.height) + 'px';
		} else if (EVENTS[message.type]) {
			iframe.dispatchEvent(new CustomEvent(message.type, { detail: message, bubbles: true }));
		}
	}

	window.addEventListener('message', receive);
	window.QuizEmbed = { origin: origin, isMessage: isMessage, isQuizFrame: isQuizFrame };
})();
