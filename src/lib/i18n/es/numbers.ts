// Cifras escritas a la manera española (Ortografía de la lengua española, 2010): los números de
// cinco cifras o más se separan en grupos de tres con un espacio inseparable (12 000, 225 000); los de
// cuatro cifras van juntos (2025, 1500). Ni punto ni coma, que en el mundo hispanohablante separan
// miles en unos países y decimales en otros. No es un módulo de textos: no se exporta desde index.ts.

const NBSP = '\u00a0';

/** Un número entero a la manera española: `1500`, `12 000`, `2 000 000` (espacios inseparables). */
export function num(n: number): string {
	if (!Number.isInteger(n)) return String(n);
	const digits = String(Math.abs(n));
	const sign = n < 0 ? '-' : '';
	if (digits.length < 5) return sign + digits;
	return sign + digits.replace(/\B(?=(\d{3})+$)/g, NBSP);
}

/** Un porcentaje, con el espacio inseparable antes de % que pide la Ortografía: `70 %`. */
export const pct = (n: number): string => `${num(n)}${NBSP}%`;

/** «3 de 11 preguntas correctas» (the quiz's and the result's lines). */
export const rightOf = (right: number, questions: number) =>
	`${num(right)} de ${num(questions)} ${questions === 1 ? 'pregunta correcta' : 'preguntas correctas'}`;
/** «12 de 20 puntos». */
export const pointsOf = (earned: number, max: number) =>
	`${num(earned)} de ${num(max)} ${max === 1 ? 'punto' : 'puntos'}`;
