// Every export as a static file, written by the prerender: /exports/<lang>/<file> (src/lib/exports).
import { error } from '@sveltejs/kit';
import { exportEntries, exportFile } from '$lib/server/exports';

export const prerender = true;

export async function entries() {
	return (await exportEntries()).map((e) => {
		const [, lang, file] = e.path.split('/');
		return { lang: lang!, file: file! };
	});
}

export async function GET({ params }) {
	const file = await exportFile(params.lang, params.file);
	if (!file) error(404, 'No such export');
	return new Response(file.bytes as BodyInit, {
		headers: { 'content-type': file.type, 'content-length': String(file.bytes.length) }
	});
}
