// Reading a number as people type it: "225,000", "225000", "225 000", "-3.5", "2,5".
/** The number in `text`, or null when it is empty or not a number. */
export function parseNumber(text: string): number | null {
	let s = text.trim().replace(/[\s\u00a0\u202f_]/g, '');
	if (s === '') return null;
	s = s.replace(/^\u2212/, '-');
	if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
	// One comma and no dot, not a thousands group: a decimal comma.
	else if (/^[+-]?\d*,\d+$/.test(s)) s = s.replace(',', '.');
	if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
	const n = Number(s);
	return Number.isFinite(n) ? n : null;
}

/** A number as the learner would write it, with thousands separators. */
export function formatNumber(n: number): string {
	return n.toLocaleString('en', { maximumFractionDigits: 10 });
}
