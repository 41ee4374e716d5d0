import { describe, expect, it } from 'vitest';
import { findApi, timespan, tolerant, type Scorm12Api } from './api';

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

describe('timespan', () => {
	it('writes HH:MM:SS', () => {
		expect(timespan(0)).toBe('00:00:00');
		expect(timespan(3_723_400)).toBe('01:02:03');
		expect(timespan(-5)).toBe('00:00:00');
	});
});

describe('tolerant: an LMS whose calls throw, refuse or return junk', () => {
	it('passes on what a working LMS says', () => {
		const { api, data } = fakeLms();
		const lms = tolerant(api);
		expect(lms.initialize()).toBe(true);
		expect(lms.set('cmi.core.lesson_location', 'q3')).toBe(true);
		expect(data.get('cmi.core.lesson_location')).toBe('q3');
		expect(lms.get('cmi.core.lesson_location')).toBe('q3');
		expect(lms.commit()).toBe(true);
		expect(lms.finish()).toBe(true);
	});

	it('takes a boolean true as "true", as some LMSs answer', () => {
		const api = { ...fakeLms().api, LMSInitialize: () => true } as unknown as Scorm12Api;
		expect(tolerant(api).initialize()).toBe(true);
	});

	it('never throws: a call that throws is a refusal, and a read that throws is empty', () => {
		const boom = () => {
			throw new Error('LMS down');
		};
		const api: Scorm12Api = {
			LMSInitialize: boom,
			LMSFinish: boom,
			LMSGetValue: boom,
			LMSSetValue: boom,
			LMSCommit: boom,
			LMSGetLastError: boom
		};
		const lms = tolerant(api);
		expect(lms.initialize()).toBe(false);
		expect(lms.get('cmi.core.entry')).toBe('');
		expect(lms.set('cmi.core.exit', 'suspend')).toBe(false);
		expect(lms.commit()).toBe(false);
		expect(lms.finish()).toBe(false);
	});

	it('treats "false", junk and missing methods as refusals, and junk values as empty', () => {
		const junk = {
			LMSInitialize: () => 'false',
			LMSSetValue: () => ({ ok: true }),
			LMSGetValue: () => ({ toString: () => 'resume' }),
			LMSCommit: () => 1
		} as unknown as Scorm12Api;
		const lms = tolerant(junk);
		expect(lms.initialize()).toBe(false);
		expect(lms.set('cmi.core.exit', '')).toBe(false);
		expect(lms.get('cmi.core.entry')).toBe('');
		expect(lms.commit()).toBe(false);
		expect(lms.finish()).toBe(false);
	});

	it('reads a number as its text', () => {
		const api = { ...fakeLms().api, LMSGetValue: () => 80 } as unknown as Scorm12Api;
		expect(tolerant(api).get('cmi.student_data.mastery_score')).toBe('80');
	});
});
