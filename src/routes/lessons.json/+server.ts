// The machine-readable course index described in DESIGN.md.
import { json } from '@sveltejs/kit';
import { lessons, summarize } from '$lib/server/lessons';

export const prerender = true;

export function GET() {
	return json({
		lessons: lessons.map((lesson) => {
			const { slug, title, summary, minutes, objectives, questionCount, questionKinds } = summarize(lesson);
			return {
				slug,
				title,
				summary,
				minutes,
				objectives,
				questionCount,
				questionKinds,
				url: `/lessons/${slug}`,
				embedUrl: `/embed/${slug}`
			};
		})
	});
}
