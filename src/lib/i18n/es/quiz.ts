// Textos de la interfaz de los cuestionarios. Tipado contra el módulo inglés: si falta o sobra una
// clave, o una función cambia de firma, svelte-check falla. Las cifras se escriben con num() y pct()
// (./numbers): grupos de tres con espacio inseparable desde las cinco cifras, y un espacio
// inseparable antes de %, como recomienda la Ortografía de la lengua española.
import type { quiz as en } from '../en/quiz';
import { num } from './numbers';

export const quiz: typeof en = {
	heading: 'Comprueba tu comprensión',
	noScript:
		'Para calificar las respuestas hace falta JavaScript. Aun así puedes leer todas las preguntas y responderlas en papel.',
	notKept:
		'Tus respuestas no se guardarán en este dispositivo: este navegador no permite que el sitio las guarde.',
	/** Antes de la primera pregunta: cómo va a funcionar el cuestionario. */
	intro: {
		questions: (n: number) => `${num(n)} ${n === 1 ? 'pregunta' : 'preguntas'}`,
		modeLegend: '¿Cómo quieres hacer este cuestionario?',
		modes: {
			practice: {
				label: 'Práctica',
				hint: 'Comprueba cada respuesta sobre la marcha, mira por qué y vuelve a intentarlo.'
			},
			test: {
				label: 'Examen',
				hint: 'Responde todas las preguntas y después envíalas juntas para obtener una calificación.'
			}
		},
		mode: (mode: 'practice' | 'test'): string =>
			mode === 'test'
				? 'Examen: responde todas las preguntas y después envíalas juntas para obtener una calificación.'
				: 'Práctica: comprueba cada respuesta sobre la marcha, mira por qué y vuelve a intentarlo.',
		attempt: (n: number, limit: number | null) =>
			limit === null ? `Intento ${num(n)}` : `Intento ${num(n)} de ${num(limit)}`,
		start: 'Empezar el cuestionario'
	},
	layout: {
		label: 'Mostrar',
		paged: 'Una pregunta a la vez',
		scroll: 'Todas las preguntas en una página'
	},
	check: 'Comprobar respuesta',
	showAnswer: 'Mostrar la respuesta',
	submit: 'Enviar respuestas',
	answerFirst: 'Primero responde la pregunta; después compruébala.',
	question: (n: number, of: number) => `Pregunta ${num(n)} de ${num(of)}`,
	answered: (n: number, of: number) => `Respondidas: ${num(n)} de ${num(of)}`,
	words: { true: 'Verdadero', false: 'Falso', numbers: 'es' },
	moveUp: (item: string) => `Subir "${item}"`,
	moveDown: (item: string) => `Bajar "${item}"`,
	up: 'Subir',
	down: 'Bajar',
	moved: (item: string, position: number, of: number) => `"${item}" pasó al lugar ${position} de ${of}.`,
	orderHint: 'Ordena los elementos: usa los botones para subir o bajar cada uno.',
	position: (n: number) => `${n}.`,
	multipleHint: 'Elige todas las respuestas que correspondan.',
	highlightHint:
		'Selecciona cada parte del pasaje que responde a la pregunta. Vuelve a seleccionar una parte para desmarcarla.',
	highlightPassage: 'Pasaje',
	invented: (label: string) => `Texto inventado para esta pregunta: ${label}`,
	choose: 'Elige…',
	answerLabel: 'Tu respuesta',
	matchHint: 'Elige la pareja de cada término.',
	numberHint: 'Un número, con cifras.',
	notANumber: 'Eso todavía no es un número: usa cifras.',
	partA: 'Parte A: tu respuesta',
	partB: (prompt: string) => `Parte B: ${prompt}`,
	evidenceWhy: 'El punto del pasaje solo cuenta si la respuesta de la parte A es correcta.'
};
