// A QR code as plain numbers for an SVG: the matrix comes from `uqr`, and the page draws the dark
// modules as <rect>s itself, so no generated markup is ever injected.
import { encode } from 'uqr';

export interface QrRun {
	x: number;
	y: number;
	/** Dark modules side by side in one row: drawn as one rect. */
	width: number;
}

export interface QrShape {
	/** Modules per side, quiet zone included. */
	size: number;
	runs: QrRun[];
}

/** The QR code of `text`, or null when the text does not fit in a QR code. */
export function qrShape(text: string): QrShape | null {
	let data: boolean[][];
	try {
		// A 4-module quiet zone, as the standard asks, so phone cameras find the code.
		data = encode(text, { ecc: 'M', border: 4 }).data;
	} catch {
		return null;
	}
	const runs: QrRun[] = [];
	data.forEach((row, y) => {
		let start = -1;
		for (let x = 0; x <= row.length; x++) {
			if (x < row.length && row[x]) {
				if (start < 0) start = x;
			} else if (start >= 0) {
				runs.push({ x: start, y, width: x - start });
				start = -1;
			}
		}
	});
	return { size: data.length, runs };
}
