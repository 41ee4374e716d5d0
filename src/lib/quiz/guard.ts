// Type guards that are also the types they check: a response's shape is written once, as a guard,
// and its TypeScript type is read off it (`Guarded<typeof guard>`). Saved data may be old or
// hand-edited, so every response read from storage goes through one of these.
//
// Why not valibot, which checks content everywhere else: these run on lesson and embed pages, and
// valibot's `is` with the nine response schemas adds 2.5 KB of gzipped JavaScript there (measured
// with Vite's library build), against about 0.3 KB for this file, on pages with a 30–32 KB budget.

export type Guard<T> = (x: unknown) => x is T;
export type Guarded<G> = G extends Guard<infer T> ? T : never;

export const isString: Guard<string> = (x): x is string => typeof x === 'string';
export const isBoolean: Guard<boolean> = (x): x is boolean => typeof x === 'boolean';
export const isFiniteNumber: Guard<number> = (x): x is number => typeof x === 'number' && Number.isFinite(x);
export const isObject: Guard<Record<string, unknown>> = (x): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
export const isStrings: Guard<string[]> = (x): x is string[] => Array.isArray(x) && x.every(isString);
export const isStringRecord: Guard<Record<string, string>> = (x): x is Record<string, string> =>
	isObject(x) && Object.values(x).every(isString);

type Fields = Record<string, Guard<unknown>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type Shape<K extends string, Req extends Fields, Opt extends Fields> = Simplify<
	{ kind: K } & { [P in keyof Req]: Guarded<Req[P]> } & { [P in keyof Opt]?: Guarded<Opt[P]> }
>;

/** A guard for `{ kind, ...required, ...optional }`: the one definition of a response's shape. */
export function responseShape<
	K extends string,
	Req extends Fields,
	Opt extends Fields = Record<never, never>
>(kind: K, required: Req, optional?: Opt): Guard<Shape<K, Req, Opt>> {
	return (x): x is Shape<K, Req, Opt> =>
		isObject(x) &&
		x.kind === kind &&
		Object.entries(required).every(([key, check]) => check(x[key])) &&
		Object.entries(optional ?? {}).every(([key, check]) => x[key] === undefined || check(x[key]));
}
