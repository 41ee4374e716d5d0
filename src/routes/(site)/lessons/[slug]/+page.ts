import { error } from '@sveltejs/kit';
import { loadReading } from '$lib/content/readings';

export async function load({ data }) {
	const Reading = await loadReading(data.lesson.slug);
	if (!Reading) error(404, 'No such lesson');
	return { ...data, Reading };
}
