// Reading a number as people type it: "225,000", "225000", "225 000", "-3.5", and in Spanish
// "225.000" and "2,5".

export type NumberStyle = 'en' | 'es';

/** The number in `text`, or null when it is empty or not a number. */
export function parseNumber(text: string, style: NumberStyle = 'en'): number | null {
	let s = text.trim().replace(/[\s\u00a0\u202f_']/g, '');
	if (s === '') return null;
	s = s.replace(/^\u2212/, '-');
	const [group, decimal] = style === 'es' ? ['.', ','] : [',', '.'];
	const g = group === '.' ? '\\.' : ',';
	const d = decimal === '.' ? '\\.' : ',';
	if (new RegExp(`^[+-]?\\d{1,3}(${g}\\d{3})+(${d}\\d+)?$`).test(s)) s = s.split(group).join('');
	// One separator of the other kind and no thousands group: a decimal comma (en) or point (es).
	else if (new RegExp(`^[+-]?\\d*${g}\\d+$`).test(s) && !new RegExp(`^[+-]?\\d{1,3}${g}\\d{3}$`).test(s))
		s = s.replace(group, decimal);
	s = s.replace(decimal, '.');
	if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
	const n = Number(s);
	return Number.isFinite(n) ? n : null;
}

/** A number as the learner would write it, with thousands separators. */
export function formatNumber(n: number, style: NumberStyle = 'en'): string {
	return n.toLocaleString(style, { maximumFractionDigits: 10 });
}
