// The messages an embedded quiz (/embed/<slug>) posts to its parent window, and the checks a
// receiver runs on anything arriving by postMessage. Pure: no DOM, no Svelte, no valibot (this
// module is in the embed page's client bundle, which has a tight size budget).

export const PROTOCOL_VERSION = 1;

/** The xAPI result shape (https://github.com/adlnet/xAPI-Spec, "Result"). */
export interface XapiResult {
	score: { raw: number; min: number; max: number; scaled: number };
	success: boolean;
	completion: boolean;
}

export interface ReadyMessage {
	type: 'quiz:ready';
	version: 1;
	lesson: string;
	questionCount: number;
}
export interface ResizeMessage {
	type: 'quiz:resize';
	version: 1;
	/** CSS pixels of the embedded document. */
	height: number;
}
export interface AnswerMessage {
	type: 'quiz:answer';
	version: 1;
	lesson: string;
	questionId: string;
	correct: boolean;
	earned: number;
	max: number;
	/** Added later (still version 1: receivers ignore fields they do not know). */
	attempt?: number;
	/** Practice: this was the question's first check. */
	firstTry?: boolean;
}
export interface CompleteMessage {
	type: 'quiz:complete';
	version: 1;
	lesson: string;
	result: XapiResult;
	/** Which attempt this is: 1, 2, … A host that gets two completions can tell them apart. */
	attempt?: number;
	/** Practice: the score counted on each question's first check; absent in test mode. */
	firstTry?: XapiResult['score'];
}
export type EmbedMessage = ReadyMessage | ResizeMessage | AnswerMessage | CompleteMessage;
export type EmbedMessageType = EmbedMessage['type'];

export function readyMessage(lesson: string, questionCount: number): ReadyMessage {
	return { type: 'quiz:ready', version: 1, lesson, questionCount };
}

export function resizeMessage(height: number): ResizeMessage {
	return { type: 'quiz:resize', version: 1, height: Math.ceil(height) };
}

export function answerMessage(
	lesson: string,
	answer: {
		questionId: string;
		correct: boolean;
		earned: number;
		max: number;
		attempt?: number;
		firstTry?: boolean;
	}
): AnswerMessage {
	const { questionId, correct, earned, max, attempt, firstTry } = answer;
	return {
		type: 'quiz:answer',
		version: 1,
		lesson,
		questionId,
		correct,
		earned,
		max,
		...(attempt === undefined ? {} : { attempt }),
		...(firstTry === undefined ? {} : { firstTry })
	};
}

/** Score as xAPI has it: scaled is raw/max (0 when there is nothing to score), rounded to 4 places. */
export function xapiResult(earned: number, max: number, passed: boolean): XapiResult {
	const scaled = max > 0 ? Math.round((earned / max) * 10000) / 10000 : 0;
	return { score: { raw: earned, min: 0, max, scaled }, success: passed, completion: true };
}

export function completeMessage(
	lesson: string,
	outcome: {
		earned: number;
		max: number;
		passed: boolean;
		number?: number;
		firstTry?: { earned: number } | null;
	}
): CompleteMessage {
	return {
		type: 'quiz:complete',
		version: 1,
		lesson,
		result: xapiResult(outcome.earned, outcome.max, outcome.passed),
		...(outcome.number === undefined ? {} : { attempt: outcome.number }),
		...(outcome.firstTry ? { firstTry: xapiResult(outcome.firstTry.earned, outcome.max, false).score } : {})
	};
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isName = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 200;

const isAttempt = (x: unknown): x is number =>
	Number.isInteger(x) && (x as number) >= 1 && (x as number) < 1e6;

function isScore(x: Record<string, unknown>): x is XapiResult['score'] {
	const { raw, min, max, scaled } = x;
	return (
		isCount(raw) &&
		isCount(min) &&
		isCount(max) &&
		typeof scaled === 'number' &&
		scaled >= 0 &&
		scaled <= 1 &&
		raw <= max
	);
}

function isResult(x: unknown): x is XapiResult {
	return (
		isRecord(x) &&
		isRecord(x.score) &&
		isScore(x.score) &&
		typeof x.success === 'boolean' &&
		typeof x.completion === 'boolean'
	);
}

/**
 * Reads a postMessage payload as a protocol message, or returns null for anything else (other
 * scripts on a page post messages too; a malformed one must never be acted on). The result
 * holds only the protocol's own fields.
 */
export function parseMessage(data: unknown): EmbedMessage | null {
	if (!isRecord(data) || data.version !== PROTOCOL_VERSION) return null;
	switch (data.type) {
		case 'quiz:ready':
			return isName(data.lesson) && isCount(data.questionCount)
				? readyMessage(data.lesson, data.questionCount)
				: null;
		case 'quiz:resize':
			return isCount(data.height) && data.height < 1e6 ? resizeMessage(data.height) : null;
		case 'quiz:answer':
			return isName(data.lesson) &&
				isName(data.questionId) &&
				typeof data.correct === 'boolean' &&
				isCount(data.earned) &&
				isCount(data.max)
				? answerMessage(data.lesson, {
						questionId: data.questionId,
						correct: data.correct,
						earned: data.earned,
						max: data.max,
						...(isAttempt(data.attempt) ? { attempt: data.attempt } : {}),
						...(typeof data.firstTry === 'boolean' ? { firstTry: data.firstTry } : {})
					})
				: null;
		case 'quiz:complete':
			if (!isName(data.lesson) || !isResult(data.result)) return null;
			return {
				type: 'quiz:complete',
				version: 1,
				lesson: data.lesson,
				result: {
					score: { ...data.result.score },
					success: data.result.success,
					completion: data.result.completion
				},
				...(isAttempt(data.attempt) ? { attempt: data.attempt } : {}),
				...(isRecord(data.firstTry) && isScore(data.firstTry) ? { firstTry: { ...data.firstTry } } : {})
			};
		default:
			return null;
	}
}
