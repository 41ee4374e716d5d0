// The course's exports (src/lib/exports), built once per build from the checked lessons, with the
// lesson addresses made absolute when the site is built with SITE_ORIGIN (an LMS needs a full link
// back to each paragraph; without it they are site-relative). Server-only.
import { base } from '$app/paths';
import { courseExports, type ExportFile } from '$lib/exports';
import type { Format, Loss, LossCode } from '$lib/exports/common';
import type { Language } from '$lib/i18n/languages';
import { lessonsIn } from './lessons';

// The site's base path too (a copy under /course links to /course/lessons/…).
export const exportsOf = () => courseExports(lessonsIn, `${__SITE_ORIGIN__}${base}`);

/** What the panel and /lessons.json say about a file: no bytes. */
export interface ExportEntry {
	format: Format;
	language: Language;
	lesson: string | null;
	/** Under the site's root: `exports/<lang>/<file>`. */
	path: string;
	file: string;
	bytes: number;
	/** Each loss: its code and the questions it applies to (`slug/id` in a file of the whole course). */
	losses: { code: LossCode; questions: string[] }[];
}

function entry(file: ExportFile, losses: Loss[], only?: string): ExportEntry {
	const mine = losses.filter(
		(l) =>
			l.format === file.format &&
			(file.lesson === null || l.lesson === file.lesson) &&
			(!only || l.lesson === only)
	);
	const codes = [...new Set(mine.map((l) => l.code))];
	return {
		format: file.format,
		language: file.language,
		lesson: file.lesson,
		path: file.path,
		file: file.path.slice(file.path.lastIndexOf('/') + 1),
		bytes: file.bytes.length,
		losses: codes.map((code) => ({
			code,
			questions: [
				...new Set(
					mine
						.filter((l) => l.code === code)
						.map((l) => (file.lesson === null && !only ? `${l.lesson}/${l.question}` : l.question))
				)
			]
		}))
	};
}

/**
 * Every file in every language, described; with `lesson`, the course's files and that lesson's,
 * their losses narrowed to that lesson.
 */
export async function exportEntries(lesson?: string): Promise<ExportEntry[]> {
	const all = await exportsOf();
	return (Object.keys(all) as Language[]).flatMap((language) =>
		all[language].files
			.filter((f) => !lesson || f.lesson === null || f.lesson === lesson)
			.map((f) => entry(f, all[language].losses, lesson))
	);
}

export async function exportFile(language: string, name: string): Promise<ExportFile | undefined> {
	const all = await exportsOf();
	return (all as Record<string, { files: ExportFile[] }>)[language]?.files.find(
		(f) => f.path === `exports/${language}/${name}`
	);
}
