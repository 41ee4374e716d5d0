import { lessons } from '$lib/server/lessons';

export function load() {
	return { lessons };
}
