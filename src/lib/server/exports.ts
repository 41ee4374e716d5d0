// The course's exports (src/lib/exports), built once per build from the checked lessons, with the
// lesson addresses made absolute when the site is built with SITE_ORIGIN (an LMS needs a full link
// back to each paragraph). Server-only.
import { courseExports, type ExportFile } from '$lib/exports';
import type { Format, Loss } from '$lib/exports/common';
import type { Language } from '$lib/i18n/languages';
import { lessonsIn } from './lessons';

export const exportsOf = () => courseExports(lessonsIn, __SITE_ORIGIN__);

/** What the panel and /lessons.json say about a file: no bytes. */
export interface ExportEntry {
	format: Format;
	language: Language;
	lesson: string | null;
	path: string;
	bytes: number;
	/** Each loss: its code and the question ids it applies to. */
	losses: { code: Loss['code']; questions: string[] }[];
}

function entry(file: ExportFile, losses: Loss[]): ExportEntry {
	const mine = losses.filter((l) => l.format === file.format && (file.lesson === null || l.lesson === file.lesson));
	const codes = [...new Set(mine.map((l) => l.code))];
	return {
		format: file.format,
		language: file.language,
		lesson: file.lesson,
		path: file.path,
		bytes: file.bytes.length,
		losses: codes.map((code) => ({
			code,
			questions: [...new Set(mine.filter((l) => l.code === code).map((l) => (file.lesson === null ? `${l.lesson}/${l.question}` : l.question)))]
		}))
	};
}

/** Every file in every language, described. */
export async function exportEntries(): Promise<ExportEntry[]> {
	const all = await exportsOf();
	return (Object.keys(all) as Language[]).flatMap((language) => all[language].files.map((f) => entry(f, all[language].losses)));
}

export async function exportFile(language: string, name: string): Promise<ExportFile | undefined> {
	const all = await exportsOf();
	return (all as Record<string, { files: ExportFile[] }>)[language]?.files.find((f) => f.path === `exports/${language}/${name}`);
}
