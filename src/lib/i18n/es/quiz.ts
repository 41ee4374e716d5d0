// Textos de la interfaz de los cuestionarios. Tipado contra el módulo inglés: si falta o sobra una
// clave, o una función cambia de firma, svelte-check falla. Los números llegan ya como cifras
// pequeñas (puntos, preguntas, porcentajes enteros); el porcentaje se escribe con espacio fino
// inseparable antes de %, como recomienda la Ortografía de la lengua española.
import type { quiz as en } from '../en/quiz';

export const quiz: typeof en = {
	heading: 'Comprueba tu comprensión',
	noScript:
		'Para calificar las respuestas hace falta JavaScript. Aun así puedes leer todas las preguntas y responderlas en papel.',
	notKept:
		'Tus respuestas no se guardarán en este dispositivo: este navegador no permite que el sitio las guarde.',
	check: 'Comprobar respuesta',
	tryAgain: 'Intentar de nuevo',
	submit: 'Enviar respuestas',
	correct: 'Correcto.',
	incorrect: 'No del todo.',
	partial: 'Correcto en parte.',
	unanswered: 'Sin responder.',
	answerFirst: 'Primero responde la pregunta; después compruébala.',
	points: (earned: number, max: number) => `${earned} de ${max} ${max === 1 ? 'punto' : 'puntos'}`,
	score: (earned: number, max: number, percent: number) =>
		`Obtuviste ${earned} de ${max} (${percent}\u00a0%).`,
	passed: 'Aprobado.',
	failed: (mark: number) => `Todavía no apruebas: la calificación mínima para aprobar es ${mark}\u00a0%.`,
	reread: 'Vuelve a leer el párrafo',
	question: (n: number, of: number) => `Pregunta ${n} de ${of}`,
	answered: (n: number, of: number) => `Respondidas: ${n} de ${of}`,
	retrying: (n: number) =>
		n === 1
			? 'Vuelves a intentar la pregunta que fallaste; tus respuestas correctas se conservan.'
			: `Vuelves a intentar las ${n} preguntas que fallaste; tus respuestas correctas se conservan.`,
	results: 'Tu resultado',
	retryMissed: 'Repetir las que fallé',
	startOver: 'Empezar de nuevo',
	best: (percent: number) => `Tu mejor resultado hasta ahora: ${percent}\u00a0%.`,
	yourAnswer: 'Tu respuesta:',
	rightAnswer: 'Respuesta correcta:',
	noAnswer: 'sin respuesta',
	isRight: 'respuesta correcta',
	isWrongPick: 'tu elección, no es correcta',
	words: { true: 'Verdadero', false: 'Falso' },
	moveUp: (item: string) => `Subir "${item}"`,
	moveDown: (item: string) => `Bajar "${item}"`,
	up: 'Subir',
	down: 'Bajar',
	belongsAt: (n: number) => `va en el lugar ${n}`,
	moved: (item: string, position: number, of: number) => `"${item}" pasó al lugar ${position} de ${of}.`,
	orderHint: 'Ordena los elementos: usa los botones para subir o bajar cada uno.',
	position: (n: number) => `${n}.`,
	multipleHint: 'Elige todas las respuestas que correspondan.',
	highlightHint:
		'Selecciona cada parte del pasaje que responde a la pregunta. Vuelve a seleccionar una parte para desmarcarla.',
	highlightPassage: 'Pasaje',
	invented: (label: string) => `Texto inventado para esta pregunta: ${label}`,
	isMissed: 'respuesta correcta, sin marcar',
	choose: 'Elige…',
	answerLabel: 'Tu respuesta',
	matchHint: 'Elige la pareja de cada término.',
	numberHint: 'Un número, por ejemplo 225\u00a0000 o 225000.',
	notANumber: 'Eso todavía no es un número: escríbelo con cifras, por ejemplo 225\u00a0000.',
	partA: 'Parte A: tu respuesta',
	partB: (prompt: string) => `Parte B: ${prompt}`,
	evidenceWhy: 'El punto del pasaje solo cuenta si la respuesta de la parte A es correcta.'
};
