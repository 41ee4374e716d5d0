// The item analysis as a CSV, one row per question, in the order the page shows them: what the
// page says of each (facility, first-try facility, discrimination, the key, the most chosen wrong
// answer and what it stands for), for a spreadsheet. Pure: no DOM. Cells are written as the class
// CSV writes them (csvCell: quoted where needed, never read as a formula).
import { csvCell } from './class';
import type { KeyedLesson } from './items';

export interface ItemsCsvWords {
	lesson: string;
	number: string;
	id: string;
	question: string;
	students: string;
	right: string;
	facility: string;
	firstTry: string;
	discrimination: string;
	key: string;
	wrong: string;
	wrongCount: string;
	idea: string;
}

export function itemsCsv(lessons: readonly KeyedLesson[], w: ItemsCsvWords): string {
	const lines: (string | number)[][] = [
		[
			w.lesson,
			w.number,
			w.id,
			w.question,
			w.students,
			w.right,
			w.facility,
			w.firstTry,
			w.discrimination,
			w.key,
			w.wrong,
			w.wrongCount,
			w.idea
		]
	];
	for (const l of lessons) {
		for (const q of l.items) {
			lines.push([
				l.lesson,
				q.number,
				q.id,
				q.prompt,
				q.students,
				q.right,
				q.pointsPercent,
				q.firstTryPercent ?? '',
				q.separation.kind === 'r' ? Math.round(q.separation.r * 100) / 100 + 0 : '',
				q.options
					?.filter((o) => o.keyed)
					.map((o) => o.text)
					.join(' | ') ?? '',
				q.wrong?.text ?? '',
				q.wrong?.count ?? '',
				q.wrong?.idea ?? ''
			]);
		}
	}
	return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
