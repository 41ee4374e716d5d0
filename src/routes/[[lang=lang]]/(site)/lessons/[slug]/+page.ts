import { error } from '@sveltejs/kit';
import { loadReading } from '$lib/content/readings';

// No SvelteKit client on lesson pages: the reading is static HTML and the quiz is an island
// (src/islands/lesson.ts), which keeps the page within its JavaScript budget (DESIGN.md).
export const csr = false;

export async function load({ data, parent }) {
	const Reading = await loadReading(data.lesson.slug, (await parent()).lang);
	if (!Reading) error(404, 'No such lesson');
	return { ...data, Reading };
}
