// Reading one content file: YAML in, schema-checked data out, or a ContentError that names the
// file and the field. Shared by the lesson validator and the diagram files.
import * as v from 'valibot';
import YAML from 'yaml';
import type { Problem } from '../quiz/integrity';

export class ContentError extends Error {
	constructor(
		readonly file: string,
		readonly problems: Problem[]
	) {
		super(problems.map((p) => `${file}: ${p.path ? `${p.path}: ` : ''}${p.message}`).join('\n'));
		this.name = 'ContentError';
	}
}

/** Text that is not empty once trimmed. */
export const Text = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'));

function pathOf(issue: v.BaseIssue<unknown>): string {
	let path = '';
	for (const item of issue.path ?? []) {
		const key = item.key as string | number;
		path += typeof key === 'number' ? `[${key}]` : path ? `.${key}` : String(key);
	}
	return path;
}

export function parseWith<S extends v.GenericSchema>(
	schema: S,
	data: unknown,
	file: string
): v.InferOutput<S> {
	const result = v.safeParse(schema, data);
	if (result.success) return result.output;
	throw new ContentError(
		file,
		result.issues.map((issue) => {
			const path = pathOf(issue);
			// A required field that is absent arrives as "received undefined": say "missing".
			const message = issue.input === undefined && issue.kind === 'schema' ? 'is missing' : issue.message;
			return { path, message };
		})
	);
}

export function parseYaml(text: string, file: string): unknown {
	try {
		return YAML.parse(text, { prettyErrors: true });
	} catch (error) {
		throw new ContentError(file, [{ path: '', message: `is not valid YAML: ${(error as Error).message}` }]);
	}
}
