import { describe, expect, it } from 'vitest';
import { fakeLms, framed, type Fault } from './fake-lms';
import { startSession, type SessionOptions } from './session';

/** Timers the test runs by hand, and a clock it moves. */
function clock(start = 1_000_000) {
	let time = start;
	const pending = new Map<number, { at: number; run: () => void }>();
	let ids = 0;
	const options: SessionOptions = {
		now: () => time,
		setTimer: (run, ms) => (pending.set(++ids, { at: time + ms, run }), ids),
		clearTimer: (id) => pending.delete(id as number)
	};
	return {
		options,
		pending,
		advance(ms: number) {
			time += ms;
			for (const [id, t] of [...pending]) {
				if (t.at <= time) {
					pending.delete(id);
					t.run();
				}
			}
		}
	};
}

const outcome = { earned: 7, max: 9, passed: true, passMark: 70 };

describe('a launch', () => {
	it('initializes, marks the lesson started, reads the mastery score, and is suspended (committed) until there is a result', () => {
		const lms = fakeLms({ 'cmi.student_data.mastery_score': '80' });
		const session = startSession(framed(lms.api));
		expect(session.state).toBe('connected');
		expect(session.mastery).toBe(80);
		expect(session.resumed).toBeNull();
		expect(lms.stored.get('cmi.core.lesson_status')).toBe('incomplete');
		expect(lms.stored.get('cmi.core.exit')).toBe('suspend');
	});

	it('keeps an earlier status on relaunch until there is a new result', () => {
		const lms = fakeLms({ 'cmi.core.lesson_status': 'failed' });
		startSession(framed(lms.api));
		expect(lms.data.get('cmi.core.lesson_status')).toBe('failed');
	});

	it('has no mastery score when the LMS gives none, or nonsense', () => {
		expect(startSession(framed(fakeLms().api)).mastery).toBeNull();
		const odd = fakeLms({ 'cmi.student_data.mastery_score': 'high' });
		expect(startSession(framed(odd.api)).mastery).toBeNull();
	});
});

describe('completing', () => {
	it('reports the score as a percentage (min 0, max 100), passed, a normal exit and the time; commits, then finishes', () => {
		const lms = fakeLms();
		const time = clock();
		const session = startSession(framed(lms.api), time.options);
		time.advance(65_000);
		expect(session.complete(outcome)).toBe(true);
		expect(lms.stored.get('cmi.core.score.raw')).toBe('77.77');
		expect(lms.stored.get('cmi.core.score.min')).toBe('0');
		expect(lms.stored.get('cmi.core.score.max')).toBe('100');
		expect(lms.stored.get('cmi.core.lesson_status')).toBe('passed');
		expect(lms.stored.get('cmi.core.exit')).toBe('');
		expect(lms.stored.get('cmi.core.session_time')).toBe('00:01:05');
		expect(lms.calls.slice(-2)).toEqual(['LMSCommit', 'LMSFinish']);
		expect(session.state).toBe('finished');
	});

	it('reports a fail as failed', () => {
		const lms = fakeLms();
		startSession(framed(lms.api)).complete({ earned: 1, max: 9, passed: false, passMark: 70 });
		expect(lms.stored.get('cmi.core.score.raw')).toBe('11.11');
		expect(lms.stored.get('cmi.core.lesson_status')).toBe('failed');
	});

	it('writes one interaction per question with the points it was worth and how it went', () => {
		const lms = fakeLms();
		startSession(framed(lms.api)).complete({
			...outcome,
			items: [
				{ id: 'who-said-what', kind: 'match', earned: 3, max: 5 },
				{ id: 'mid-september', kind: 'single', earned: 1, max: 1 }
			]
		});
		expect(lms.stored.get('cmi.interactions.0.id')).toBe('who-said-what');
		expect(lms.stored.get('cmi.interactions.0.type')).toBe('matching');
		expect(lms.stored.get('cmi.interactions.0.weighting')).toBe('5');
		expect(lms.stored.get('cmi.interactions.0.result')).toBe('3');
		expect(lms.stored.get('cmi.interactions.1.result')).toBe('correct');
	});

	it('still counts as sent when the LMS has no interactions (it refuses those values)', () => {
		const lms = fakeLms();
		const set = lms.api.LMSSetValue;
		lms.api.LMSSetValue = (element, value) =>
			element.startsWith('cmi.interactions') ? 'false' : set(element, value);
		expect(
			startSession(framed(lms.api)).complete({
				...outcome,
				items: [{ id: 'q', kind: 'single', earned: 1, max: 1 }]
			})
		).toBe(true);
		expect(lms.stored.get('cmi.core.score.raw')).toBe('77.77');
	});

	it('is not sent when the LMS refuses the score, the status, or both commit and finish', () => {
		for (const refuse of ['cmi.core.score.raw', 'cmi.core.lesson_status']) {
			const lms = fakeLms();
			const set = lms.api.LMSSetValue;
			lms.api.LMSSetValue = (element, value) => (element === refuse ? 'false' : set(element, value));
			expect(startSession(framed(lms.api)).complete(outcome), refuse).toBe(false);
		}
		const lms = fakeLms();
		lms.faults.LMSCommit = 'false';
		lms.faults.LMSFinish = 'false';
		expect(startSession(framed(lms.api)).complete(outcome)).toBe(false);
	});

	it('finishes once: later calls change nothing', () => {
		const lms = fakeLms();
		const session = startSession(framed(lms.api));
		session.complete(outcome);
		session.leave();
		expect(session.complete({ ...outcome, earned: 0, passed: false })).toBe(false);
		expect(session.suspend('x')).toBe(false);
		expect(lms.calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
		expect(lms.stored.get('cmi.core.lesson_status')).toBe('passed');
		expect(lms.stored.get('cmi.core.exit')).toBe('');
	});
});

describe('leaving unfinished, and resuming', () => {
	it('leaves suspended, with the state committed and the time', () => {
		const lms = fakeLms();
		const time = clock();
		const session = startSession(framed(lms.api), time.options);
		session.suspend('{"v":1}');
		time.advance(3_000);
		session.leave();
		expect(lms.stored.get('cmi.core.exit')).toBe('suspend');
		expect(lms.stored.get('cmi.suspend_data')).toBe('{"v":1}');
		expect(lms.stored.get('cmi.core.lesson_status')).toBe('incomplete');
		expect(lms.stored.get('cmi.core.session_time')).toBe('00:00:03');
		expect(lms.calls.slice(-2)).toEqual(['LMSCommit', 'LMSFinish']);
		expect(session.state).toBe('finished');
	});

	it('hands back the suspended state when the LMS resumes, and nothing on a new attempt', () => {
		const first = fakeLms();
		const a = startSession(framed(first.api));
		a.suspend('state');
		a.leave();
		const second = first.relaunch();
		expect(second.data.get('cmi.core.entry')).toBe('resume');
		expect(startSession(framed(second.api)).resumed).toBe('state');

		// A new attempt (entry ab-initio or "") starts afresh, whatever suspend_data still holds.
		for (const entry of ['ab-initio', '']) {
			const lms = fakeLms({ 'cmi.core.entry': entry, 'cmi.suspend_data': 'old' });
			expect(startSession(framed(lms.api)).resumed).toBeNull();
		}
		// Resumed with nothing kept.
		expect(startSession(framed(fakeLms({ 'cmi.core.entry': 'resume' }).api)).resumed).toBeNull();
	});

	it('after a result the next launch is not a resumption', () => {
		const first = fakeLms();
		const session = startSession(framed(first.api));
		session.suspend('state');
		session.complete(outcome);
		expect(first.relaunch().data.get('cmi.core.entry')).toBe('');
	});

	it('commits suspend_data within the interval, not on every change, and at once when flushed', () => {
		const lms = fakeLms();
		const time = clock();
		const session = startSession(framed(lms.api), { ...time.options, commitEvery: 10_000 });
		// After the one at launch.
		const commits = () => lms.calls.filter((c) => c === 'LMSCommit').length - 1;
		expect(session.suspend('one')).toBe(true);
		time.advance(1_000);
		session.suspend('two');
		expect(lms.data.get('cmi.suspend_data')).toBe('two');
		expect(commits()).toBe(0);
		time.advance(9_000);
		expect(commits()).toBe(1);
		expect(lms.stored.get('cmi.suspend_data')).toBe('two');
		session.suspend('three');
		expect(session.flush()).toBe(true);
		expect(commits()).toBe(2);
		expect(time.pending.size).toBe(0);
		expect(lms.stored.get('cmi.suspend_data')).toBe('three');
	});

	it('says when the LMS refuses the state', () => {
		const lms = fakeLms();
		const session = startSession(framed(lms.api));
		lms.faults.LMSSetValue = 'false';
		expect(session.suspend('x')).toBe(false);
	});
});

describe('without a working LMS', () => {
	it('outside an LMS every call does nothing and says so', () => {
		const session = startSession(framed());
		expect(session.state).toBe('none');
		expect(session.resumed).toBeNull();
		expect(session.suspend('x')).toBe(false);
		expect(session.complete(outcome)).toBe(false);
		expect(() => session.leave()).not.toThrow();
	});

	it.each<[Fault]>([['throw'], ['false'], ['junk']])(
		'is "refused" when LMSInitialize answers with %s, and sends nothing',
		(fault) => {
			const lms = fakeLms();
			lms.faults.LMSInitialize = fault;
			const session = startSession(framed(lms.api));
			expect(session.state).toBe('refused');
			expect(session.complete(outcome)).toBe(false);
			session.leave();
			expect(lms.calls).toEqual(['LMSInitialize']);
		}
	);

	// Every call of a whole launch, made to misbehave one at a time: the session never throws, and
	// reports a result as sent only if the LMS really stored it.
	const launch = (lms: ReturnType<typeof fakeLms>, finish: 'complete' | 'leave') => {
		const time = clock();
		const session = startSession(framed(lms.api), time.options);
		session.suspend('a');
		time.advance(20_000);
		session.suspend('b');
		session.flush();
		return finish === 'complete'
			? session.complete({ ...outcome, items: [{ id: 'q', kind: 'single', earned: 1, max: 1 }] })
			: (session.leave(), null);
	};
	const callCount = (finish: 'complete' | 'leave') => {
		const lms = fakeLms();
		launch(lms, finish);
		return lms.calls.length;
	};

	it.each<[Fault, 'complete' | 'leave']>([
		['throw', 'complete'],
		['false', 'complete'],
		['junk', 'complete'],
		['throw', 'leave'],
		['junk', 'leave']
	])(
		'an LMS call that answers with %s, at any point of a launch ending in %s, never breaks it',
		(fault, finish) => {
			const total = callCount(finish);
			expect(total).toBeGreaterThan(10);
			for (let n = 0; n < total; n++) {
				const lms = fakeLms();
				lms.failAt = { n, fault };
				let sent: boolean | null = null;
				expect(() => (sent = launch(lms, finish)), `call ${n}: ${lms.calls[n]}`).not.toThrow();
				if (sent) {
					expect(lms.stored.get('cmi.core.score.raw'), `call ${n}`).toBe('77.77');
					expect(lms.stored.get('cmi.core.lesson_status'), `call ${n}`).toBe('passed');
				}
			}
		}
	);
});
