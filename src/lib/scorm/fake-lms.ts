// A fake SCORM 1.2 LMS for unit tests: the data model in a map, every call logged, any method made
// to throw, refuse or answer junk, and `relaunch` to start the next launch as an LMS would (what was
// committed carries over; entry is "resume" after an exit of "suspend").
import type { Scorm12Api } from './api';

type Method = 'LMSInitialize' | 'LMSFinish' | 'LMSGetValue' | 'LMSSetValue' | 'LMSCommit';
/** How a method misbehaves: throws, answers "false", or answers something that is not a string. */
export type Fault = 'throw' | 'false' | 'junk';

export interface FakeLms {
	api: Scorm12Api;
	/** The data model as the SCO last set it (set, committed or not). */
	data: Map<string, string>;
	/** What the LMS has stored: the data at the last LMSCommit or LMSFinish. */
	stored: Map<string, string>;
	calls: string[];
	faults: Partial<Record<Method, Fault>>;
	/** Misbehave at the n-th call (0-based) to any method, with `fault`; -1: never. */
	failAt: { n: number; fault: Fault };
	/** The next launch of the same SCO for the same learner. */
	relaunch(): FakeLms;
}

export function fakeLms(initial: Record<string, string> = {}): FakeLms {
	const data = new Map<string, string>(
		Object.entries({
			'cmi.core.lesson_status': 'not attempted',
			'cmi.core.entry': 'ab-initio',
			'cmi.core.student_id': 'learner-1',
			'cmi.suspend_data': '',
			...initial
		})
	);
	const stored = new Map(data);
	const calls: string[] = [];
	const lms: FakeLms = {
		data,
		stored,
		calls,
		faults: {},
		failAt: { n: -1, fault: 'throw' },
		api: undefined as unknown as Scorm12Api,
		relaunch() {
			const keep = Object.fromEntries(stored);
			keep['cmi.core.entry'] = stored.get('cmi.core.exit') === 'suspend' ? 'resume' : '';
			delete keep['cmi.core.exit'];
			delete keep['cmi.core.session_time'];
			return fakeLms(keep);
		}
	};
	let count = 0;
	const method =
		<A extends unknown[]>(name: Method, run: (...args: A) => string) =>
		(...args: A): string => {
			const n = count++;
			calls.push(
				name === 'LMSSetValue'
					? `set ${args[0]}=${args[1]}`
					: name === 'LMSGetValue'
						? `get ${args[0]}`
						: name
			);
			const fault = n === lms.failAt.n ? lms.failAt.fault : lms.faults[name];
			if (fault === 'throw') throw new Error(`${name} failed`);
			if (fault === 'false') return name === 'LMSGetValue' ? '' : 'false';
			if (fault === 'junk') return { junk: true } as unknown as string;
			return run(...args);
		};
	lms.api = {
		LMSInitialize: method('LMSInitialize', () => 'true'),
		LMSFinish: method('LMSFinish', () => {
			for (const [k, v] of data) stored.set(k, v);
			return 'true';
		}),
		LMSGetValue: method('LMSGetValue', (element: string) => data.get(element) ?? ''),
		LMSSetValue: method('LMSSetValue', (element: string, value: string) => {
			data.set(element, value);
			return 'true';
		}),
		LMSCommit: method('LMSCommit', () => {
			for (const [k, v] of data) stored.set(k, v);
			return 'true';
		}),
		LMSGetLastError: () => '0'
	};
	return lms;
}

/** A window whose parent holds `api`, as an LMS frames its content. */
export function framed(api?: unknown) {
	type Win = { API?: unknown; parent: Win | null };
	const top: Win = { API: api, parent: null };
	top.parent = top;
	return { parent: top } as Win;
}
