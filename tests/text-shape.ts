// The shape of an interface text module, for the tests that hold the Spanish text to the English:
// every key path with what it holds ("string", "function/2" with its arity, or a nested shape).
export type Shape = string | { [key: string]: Shape };

export function shape(value: unknown): Shape {
	if (typeof value === 'function') return `function/${value.length}`;
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.keys(value)
				.sort()
				.map((k) => [k, shape((value as Record<string, unknown>)[k])])
		);
	return typeof value;
}
