// Textos de la interfaz de los cuestionarios. Tipado contra el módulo inglés: si falta o sobra una
// clave, o una función cambia de firma, svelte-check falla. Las cifras se escriben con num() y pct()
// (./numbers): grupos de tres con espacio inseparable desde las cinco cifras, y un espacio
// inseparable antes de %, como recomienda la Ortografía de la lengua española.
import type { quiz as en } from '../en/quiz';
import { num, pct } from './numbers';

const rightOf = (right: number, questions: number) =>
	`${num(right)} de ${num(questions)} ${questions === 1 ? 'pregunta correcta' : 'preguntas correctas'}`;
const pointsOf = (earned: number, max: number) =>
	`${num(earned)} de ${num(max)} ${max === 1 ? 'punto' : 'puntos'}`;

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
		start: 'Empezar el cuestionario',
		resume: 'Continuar el cuestionario'
	},
	layout: {
		label: 'Mostrar',
		paged: 'Una pregunta a la vez',
		scroll: 'Todas las preguntas en una página'
	},
	nav: {
		label: 'Preguntas',
		dot: (n: number, of: number, state: string) => `Pregunta ${num(n)} de ${num(of)}: ${state}`,
		states: {
			unanswered: 'sin responder',
			answered: 'respondida',
			right: 'correcta',
			partial: 'correcta en parte',
			wrong: 'incorrecta',
			tryAgain: 'vuelve a intentarlo',
			shown: 'respuesta mostrada'
		},
		previous: 'Anterior',
		next: 'Siguiente',
		toSubmit: 'Revisar y enviar',
		toResults: 'Ver tu resultado'
	},
	check: 'Comprobar respuesta',
	showAnswer: 'Mostrar la respuesta',
	submit: 'Enviar respuestas',
	correct: 'Correcto.',
	incorrect: 'No del todo.',
	partial: 'Correcto en parte.',
	unanswered: 'Sin responder.',
	answerFirst: 'Primero responde la pregunta; después compruébala.',
	tryAgainHint: 'Cambia tu respuesta y vuelve a comprobarla, o muestra la respuesta.',
	// «A la primera» (y no «primer intento»): un intento es una vuelta completa al cuestionario.
	shownHint: 'Se muestra la respuesta: esta pregunta cuenta como no acertada a la primera.',
	mistake: {
		picks: (right: number, of: number, wrong: number) => {
			const picked =
				of === 1
					? right === 1
						? 'Marcaste la opción correcta'
						: 'No marcaste la opción correcta'
					: right === 0
						? `No marcaste ninguna de las ${num(of)} opciones correctas`
						: `Marcaste ${num(right)} de las ${num(of)} opciones correctas`;
			if (!wrong) return `${picked}.`;
			const also = right === 0 ? ', pero sí' : ' y';
			return `${picked}${also} ${num(wrong)} que no ${wrong === 1 ? 'es correcta' : 'son correctas'}.`;
		},
		inOrder: (right: number, of: number) =>
			`${num(right)} de ${num(of)} elementos ${right === 1 ? 'está' : 'están'} en el orden correcto entre sí.`,
		pairs: (right: number, of: number) =>
			`${num(right)} de ${num(of)} ${of === 1 ? 'pareja' : 'parejas'} ${right === 1 ? 'es correcta' : 'son correctas'}.`,
		evidence: 'Tu respuesta es correcta, pero otro pasaje la respalda mejor.'
	},
	unansweredCount: (n: number) =>
		n === 1
			? 'Queda 1 pregunta sin responder. ¿Enviar de todos modos? Valdrá 0 puntos.'
			: `Quedan ${num(n)} preguntas sin responder. ¿Enviar de todos modos? Valdrán 0 puntos.`,
	submitAnyway: 'Enviar de todos modos',
	goToUnanswered: 'Ir a la primera',
	points: (earned: number, max: number) => `${num(earned)} de ${num(max)} ${max === 1 ? 'punto' : 'puntos'}`,
	scoreLine: (right: number, questions: number, earned: number, max: number, percent: number) =>
		`${rightOf(right, questions)} · ${pointsOf(earned, max)} (${pct(percent)})`,
	pointsLine: (earned: number, max: number, percent: number) => `${pointsOf(earned, max)} (${pct(percent)})`,
	firstTryLabel: 'A la primera',
	firstTryLine: (right: number, questions: number, earned: number, max: number) =>
		`${rightOf(right, questions)} · ${pointsOf(earned, max)}`,
	finalLabel: 'Tras comprobar y volver a intentar',
	testLabel: 'Tu calificación',
	passed: 'Aprobado.',
	failed: (mark: number) => `Todavía no apruebas: la calificación mínima para aprobar es ${pct(mark)}.`,
	reread: 'Vuelve a leer el párrafo',
	question: (n: number, of: number) => `Pregunta ${num(n)} de ${num(of)}`,
	answered: (n: number, of: number) => `Respondidas: ${num(n)} de ${num(of)}`,
	retrying: (n: number) =>
		n === 1
			? 'Vuelves a intentar la pregunta que fallaste; tus respuestas correctas se conservan.'
			: `Vuelves a intentar las ${num(n)} preguntas que fallaste; tus respuestas correctas se conservan.`,
	results: 'Tu resultado',
	resultsOf: (n: number) => `Tu resultado, intento ${num(n)}`,
	missedHeading: 'Preguntas para repasar',
	noneMissed: 'Respondiste bien todas las preguntas.',
	goTo: (n: number) => `Ir a la pregunta ${num(n)}`,
	backToResults: 'Volver a tu resultado',
	lastDone: 'Era la última pregunta: «Ver tu resultado» está debajo.',
	keyHidden: 'Las respuestas correctas no se muestran mientras te queden intentos.',
	keyNever: 'En este cuestionario no se muestran las respuestas correctas. Pregúntale a tu docente.',
	attemptsLeft: (n: number) =>
		n === 0
			? 'Ya usaste todos tus intentos.'
			: n === 1
				? 'Te queda 1 intento.'
				: `Te quedan ${num(n)} intentos.`,
	newAttempt: 'Empezar un nuevo intento',
	retryMissed: 'Repetir las que fallé',
	startOver: 'Empezar de nuevo',
	nextLesson: (title: string) => `Lección siguiente: ${title}`,
	best: (percent: number, n: number) =>
		`Tu mejor resultado hasta ahora: ${pct(percent)} (intento ${num(n)}).`,
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
