import { error } from '@sveltejs/kit';
import { loadReading } from '$lib/content/readings';

// No SvelteKit client on embeds: the page is static HTML plus one island script, which keeps an
// embedded quiz within its JavaScript budget (DESIGN.md).
export const csr = false;

export async function load({ data, parent }) {
	const Reading = await loadReading(data.slug, (await parent()).lang);
	if (!Reading) error(404, 'No such lesson');
	return { ...data, Reading };
}
