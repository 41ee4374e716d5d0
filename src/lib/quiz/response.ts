// Is this a response of a known shape? For data that comes back from storage, where it may be old
// or hand-edited. Plain guards, not a schema: they run on every lesson and embed page, whose
// JavaScript budget (DESIGN.md) has no room for a schema library.
import type { Response } from './schema';

export const isString = (x: unknown): x is string => typeof x === 'string';
export const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);

/** A response of a known shape; anything else (corrupt saved data) is dropped, not rendered. */
export function isResponse(r: unknown): r is Response {
	if (!r || typeof r !== 'object') return false;
	const x = r as Record<string, unknown>;
	switch (x.kind) {
		case 'single':
			return isString(x.choice);
		case 'multiple':
			return isStrings(x.choices);
		case 'order':
			return isStrings(x.order);
		case 'true-false':
			return typeof x.value === 'boolean';
		case 'numeric':
			return Number.isFinite(x.value);
		case 'text':
			return isString(x.value);
		case 'match':
			return (
				!!x.pairs &&
				typeof x.pairs === 'object' &&
				!Array.isArray(x.pairs) &&
				Object.values(x.pairs).every(isString)
			);
		case 'evidence':
			return (
				(x.choice === undefined || isString(x.choice)) && (x.evidence === undefined || isString(x.evidence))
			);
		default:
			return false;
	}
}
