import { describe, expect, it, vi } from 'vitest';
import { newRecord, type QuizRecord } from '../quiz/record';
import { respond, setCurrent } from '../quiz/session';
import { fakeLms, framed } from './fake-lms';
import { startSession } from './session';
import { lmsProgress } from './store';
import { unpackRecord } from './suspend';

const T0 = 1_760_000_000_000;

/** A test attempt with three questions answered, as the quiz would save it. */
function threeAnswered(): QuizRecord {
	const record = newRecord('test', 4242, T0);
	let a = respond(record.attempt, 'mid-september', { kind: 'single', choice: 'd' }, T0 + 1000);
	a = respond(a, 'sources-saw-order', { kind: 'true-false', value: false }, T0 + 2000);
	a = respond(a, 'departure', { kind: 'single', choice: 'c' }, T0 + 3000);
	return { ...record, attempt: setCurrent(a, 'departure', T0 + 3000) };
}

describe('lmsProgress', () => {
	it("keeps the lesson's record in suspend_data as it changes, and tells the quiz", () => {
		const lms = fakeLms();
		const store = lmsProgress(startSession(framed(lms.api)), 'the-report');
		expect(store.persistent).toBe(true);
		expect(store.get('the-report')).toBeUndefined();
		const heard = vi.fn();
		store.subscribe(heard);
		const record = threeAnswered();
		store.put('the-report', record);
		expect(heard).toHaveBeenCalledOnce();
		expect(store.get('the-report')).toBe(record);
		expect(store.lastKey()).toBe('the-report');
		expect(unpackRecord(lms.data.get('cmi.suspend_data')!)!.attempt.responses).toEqual(
			record.attempt.responses
		);
	});

	it('a learner who leaves mid-quiz finds the same answers, seed and question on the next launch', () => {
		const first = fakeLms();
		const session = startSession(framed(first.api));
		const record = threeAnswered();
		lmsProgress(session, 'the-report').put('the-report', record);
		session.leave();

		const again = lmsProgress(startSession(framed(first.relaunch().api)), 'the-report');
		expect(again.restored).toBe('restored');
		expect(again.notice).toBeNull();
		const back = again.get('the-report')!;
		expect(back.attempt.responses).toEqual(record.attempt.responses);
		expect(back.attempt).toMatchObject({
			seed: 4242,
			current: 'departure',
			number: 1,
			mode: 'test',
			submitted: false
		});
	});

	it('starts afresh, and says so, when the LMS hands back something it cannot read', () => {
		const lms = fakeLms({ 'cmi.core.entry': 'resume', 'cmi.suspend_data': 'bookmark=7' });
		const store = lmsProgress(startSession(framed(lms.api)), 'the-report');
		expect(store.restored).toBe('unreadable');
		expect(store.get('the-report')).toBeUndefined();
	});

	it('is not persistent while the LMS refuses to keep the record, and is again once it does', () => {
		const lms = fakeLms();
		const store = lmsProgress(startSession(framed(lms.api)), 'the-report');
		const heard = vi.fn();
		store.subscribe(heard);
		lms.faults.LMSSetValue = 'throw';
		store.put('the-report', threeAnswered());
		expect(store.persistent).toBe(false);
		// The quiz still has the answers.
		expect(store.get('the-report')!.attempt.responses).toHaveProperty('departure');
		delete lms.faults.LMSSetValue;
		store.put('the-report', threeAnswered());
		expect(store.persistent).toBe(true);
		expect(heard).toHaveBeenCalledTimes(2);
	});

	it('after the session has finished, changes stay in memory and nothing more is sent', () => {
		const lms = fakeLms();
		const session = startSession(framed(lms.api));
		const store = lmsProgress(session, 'the-report');
		session.complete({ earned: 1, max: 1, passed: true, passMark: 70 });
		const calls = lms.calls.length;
		store.put('the-report', threeAnswered());
		expect(lms.calls.length).toBe(calls);
		expect(store.persistent).toBe(true);
		expect(store.get('the-report')).toBeDefined();
	});

	it('keeps other keys in memory only', () => {
		const lms = fakeLms();
		const store = lmsProgress(startSession(framed(lms.api)), 'the-report');
		store.put('something-else', threeAnswered());
		expect(lms.data.get('cmi.suspend_data')).toBe('');
		store.remove('something-else');
		expect(store.all()).toEqual({});
	});

	it("never writes to the browser's storage: the next learner at the computer finds nothing", () => {
		localStorage.clear();
		const lms = fakeLms();
		const session = startSession(framed(lms.api));
		lmsProgress(session, 'the-report').put('the-report', threeAnswered());
		session.leave();
		expect(localStorage.length).toBe(0);
		// Another learner's launch on the same computer: a new attempt in the LMS, nothing resumed.
		const next = fakeLms({ 'cmi.core.student_id': 'learner-2' });
		expect(lmsProgress(startSession(framed(next.api)), 'the-report').get('the-report')).toBeUndefined();
	});

	it('outside a session (refused) keeps everything in memory and is not persistent', () => {
		const lms = fakeLms();
		lms.faults.LMSInitialize = 'false';
		const store = lmsProgress(startSession(framed(lms.api)), 'the-report');
		expect(store.persistent).toBe(false);
		store.put('the-report', threeAnswered());
		expect(store.get('the-report')).toBeDefined();
		expect(lms.calls).toEqual(['LMSInitialize']);
	});
});
