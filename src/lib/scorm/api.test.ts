import { describe, expect, it } from 'vitest';
import { findApi, startSession, timespan, type Scorm12Api } from './api';

/** A fake LMS: records every call and keeps the data model in a map. */
function fakeLms(status = 'not attempted') {
	const calls: string[] = [];
	const data = new Map<string, string>([['cmi.core.lesson_status', status]]);
	const api: Scorm12Api = {
		LMSInitialize: () => (calls.push('LMSInitialize'), 'true'),
		LMSFinish: () => (calls.push('LMSFinish'), 'true'),
		LMSGetValue: (k) => data.get(k) ?? '',
		LMSSetValue: (k, v) => (calls.push(`set ${k}=${v}`), data.set(k, v), 'true'),
		LMSCommit: () => (calls.push('LMSCommit'), 'true'),
		LMSGetLastError: () => '0'
	};
	return { api, calls, data };
}

type Win = { API?: unknown; parent: Win | null; opener?: Win | null };
function chain(depth: number, api?: unknown): Win {
	const top: Win = { API: api, parent: null };
	top.parent = top;
	let win = top;
	for (let i = 0; i < depth; i++) win = { parent: win };
	return win;
}

describe('findApi', () => {
	it('finds the API on a parent window', () => {
		const { api } = fakeLms();
		expect(findApi(chain(2, api))).toBe(api);
	});

	it('finds it on the window itself', () => {
		const { api } = fakeLms();
		expect(findApi(chain(0, api))).toBe(api);
	});

	it('looks through the opener when the frames have none', () => {
		const { api } = fakeLms();
		const content: Win = { parent: null, opener: chain(1, api) };
		content.parent = content;
		expect(findApi(content)).toBe(api);
	});

	it('gives up beyond the depth limit and when there is nothing', () => {
		const { api } = fakeLms();
		expect(findApi(chain(9, api))).toBeNull();
		expect(findApi(chain(3))).toBeNull();
		expect(findApi(chain(1, { LMSInitialize: 'not a function' }))).toBeNull();
	});

	it('treats a window that throws on access (another origin) as having no API', () => {
		const top = {
			get API(): unknown {
				throw new DOMException('Blocked a frame', 'SecurityError');
			}
		} as unknown as Win;
		top.parent = top;
		expect(findApi({ parent: top })).toBeNull();
	});
});

describe('startSession', () => {
	it('initializes, marks the lesson started, and reports score and pass', () => {
		const lms = fakeLms();
		let clock = 1000;
		const session = startSession(chain(1, lms.api), () => clock);
		expect(session.connected).toBe(true);
		expect(lms.data.get('cmi.core.lesson_status')).toBe('incomplete');
		clock += 65_000;
		expect(session.complete({ earned: 7, max: 9, passed: true })).toBe(true);
		expect(lms.data.get('cmi.core.score.raw')).toBe('7');
		expect(lms.data.get('cmi.core.score.min')).toBe('0');
		expect(lms.data.get('cmi.core.score.max')).toBe('9');
		expect(lms.data.get('cmi.core.lesson_status')).toBe('passed');
		expect(lms.data.get('cmi.core.session_time')).toBe('00:01:05');
		expect(lms.calls.slice(-2)).toEqual(['LMSCommit', 'LMSFinish']);
		expect(session.connected).toBe(false);
	});

	it('reports a fail as failed', () => {
		const lms = fakeLms();
		startSession(chain(1, lms.api)).complete({ earned: 1, max: 9, passed: false });
		expect(lms.data.get('cmi.core.lesson_status')).toBe('failed');
	});

	it('keeps an earlier status on relaunch until there is a new result', () => {
		const lms = fakeLms('passed');
		startSession(chain(1, lms.api));
		expect(lms.data.get('cmi.core.lesson_status')).toBe('passed');
	});

	it('finishes once: later calls are ignored', () => {
		const lms = fakeLms();
		const session = startSession(chain(1, lms.api));
		session.complete({ earned: 1, max: 1, passed: true });
		session.finish();
		expect(session.complete({ earned: 0, max: 1, passed: false })).toBe(false);
		expect(lms.calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
		expect(lms.data.get('cmi.core.lesson_status')).toBe('passed');
	});

	it('finishing without a result commits and finishes, leaving the status alone', () => {
		const lms = fakeLms();
		startSession(chain(1, lms.api)).finish();
		expect(lms.data.get('cmi.core.lesson_status')).toBe('incomplete');
		expect(lms.calls.slice(-2)).toEqual(['LMSCommit', 'LMSFinish']);
	});

	it('does nothing outside an LMS, and says so', () => {
		const session = startSession(chain(2));
		expect(session.connected).toBe(false);
		expect(session.complete({ earned: 1, max: 1, passed: true })).toBe(false);
		expect(() => session.finish()).not.toThrow();
	});

	it('stays disconnected when the LMS refuses to initialize', () => {
		const lms = fakeLms();
		lms.api.LMSInitialize = () => 'false';
		const session = startSession(chain(1, lms.api));
		expect(session.connected).toBe(false);
		expect(session.complete({ earned: 1, max: 1, passed: true })).toBe(false);
	});
});

describe('timespan', () => {
	it('writes HH:MM:SS', () => {
		expect(timespan(0)).toBe('00:00:00');
		expect(timespan(3_723_400)).toBe('01:02:03');
		expect(timespan(-5)).toBe('00:00:00');
	});
});
