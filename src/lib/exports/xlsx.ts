// The review sheets written and read back by exceljs: .xlsx for Kahoot and Quizizz, .csv for
// Blooket (its template is a CSV). Reading back compares every cell with the rows meant, and each
// item's right answers with the quiz data (keys.ts).
import ExcelJS from 'exceljs';
import type { Cell, SheetSpec } from './sheets';

/** Fixed dates keep the files the same from one build to the next. */
const DATE = new Date('2026-01-01T00:00:00Z');

export async function writeSheet(spec: SheetSpec, rows: Cell[][], title: string): Promise<Uint8Array> {
	const book = new ExcelJS.Workbook();
	book.creator = 'news-lessons';
	book.created = DATE;
	book.modified = DATE;
	const sheet = book.addWorksheet(
		spec.format === 'kahoot' ? 'Sheet1' : title.slice(0, 31).replace(/[[\]*?/\\:]/g, ' ')
	);
	for (const row of rows) sheet.addRow(row.map((c) => (c === null ? null : c)));
	const buffer = spec.format === 'blooket' ? await book.csv.writeBuffer() : await book.xlsx.writeBuffer();
	return new Uint8Array(buffer as ArrayBuffer);
}

/** The cells of the first sheet, as read back (empty cells as null, trailing ones trimmed). */
export async function readSheet(spec: SheetSpec, bytes: Uint8Array): Promise<Cell[][]> {
	const book = new ExcelJS.Workbook();
	let sheet: ExcelJS.Worksheet;
	if (spec.format === 'blooket') {
		const { Readable } = await import('node:stream');
		sheet = await book.csv.read(Readable.from([Buffer.from(bytes)]), {
			parserOptions: {},
			map: (v: string) => v
		} as unknown as Parameters<typeof book.csv.read>[1]);
	} else {
		await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
		sheet = book.worksheets[0]!;
	}
	const rows: Cell[][] = [];
	for (let r = 1; r <= sheet.rowCount; r++) {
		const row = sheet.getRow(r);
		const cells: Cell[] = [];
		for (let c = 1; c <= row.cellCount; c++) {
			const v = row.getCell(c).value;
			cells.push(v === null || v === undefined || v === '' ? null : typeof v === 'number' ? v : String(v));
		}
		rows.push(cells);
	}
	return rows;
}

/** Rows as compared: empty cells null, trailing empty cells dropped; in CSV every cell is text. */
export function normalizeRows(rows: Cell[][], csv: boolean): Cell[][] {
	return rows.map((row) => {
		const cells = row.map((c) => (c === null || c === '' ? null : csv ? String(c) : c));
		while (cells.length && cells[cells.length - 1] === null) cells.pop();
		return cells;
	});
}
