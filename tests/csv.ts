// Reading our CSV back as a spreadsheet does, for the tests (unit and browser).

/** RFC 4180 records (quoted cells, doubled quotes, CRLF), split on `separator` like a spreadsheet set to it. */
export function readCsv(text: string, separator = ','): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"' && cell === '') quoted = true;
		else if (c === separator) {
			row.push(cell);
			cell = '';
		} else if (c === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else if (c !== '\r') cell += c;
	}
	// A last record without a line break after it.
	if (cell !== '' || row.length) rows.push([...row, cell]);
	return rows;
}
