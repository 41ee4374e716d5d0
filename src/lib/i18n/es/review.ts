// Lo que el alumno lee ya dentro del cuestionario: la respuesta a cada pregunta, el mapa del modo de
// una pregunta a la vez y sus botones, la confirmación de entrega de un examen y el resultado.
// Tipado contra el módulo inglés.
import type { review as en } from '../en/review';
import { num, pct, pointsOf, rightOf } from './numbers';

export const review: typeof en = {
	correct: 'Correcto.',
	incorrect: 'No del todo.',
	partial: 'Correcto en parte.',
	unanswered: 'Sin responder.',
	tryAgainHint: 'Cambia tu respuesta y vuelve a comprobarla, o muestra la respuesta.',
	// «A la primera» (y no «primer intento»): un intento es una vuelta completa al cuestionario.
	shownHint: 'Se muestra la respuesta: esta pregunta cuenta como no acertada a la primera.',
	points: (earned: number, max: number) => `${num(earned)} de ${num(max)} ${max === 1 ? 'punto' : 'puntos'}`,
	lastDone: 'Era la última pregunta: «Ver tu resultado» está debajo.',
	retrying: (n: number) =>
		n === 1
			? 'Vuelves a intentar la pregunta que fallaste; tus respuestas correctas se conservan.'
			: `Vuelves a intentar las ${num(n)} preguntas que fallaste; tus respuestas correctas se conservan.`,
	rightAnswer: 'Respuesta correcta:',
	isRight: 'respuesta correcta',
	isWrongPick: 'tu elección, no es correcta',
	belongsAt: (n: number) => `va en el lugar ${n}`,
	isMissed: 'respuesta correcta, sin marcar',
	closeEnough: (spelling: string) => `Se da por buena, aunque se escribe «${spelling}».`,
	whichNumber: (a: string, b: string) => `¿Quisiste decir ${a} o ${b}? Elige uno o vuelve a escribirlo.`,
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
	scoreLine: (right: number, questions: number, earned: number, max: number, percent: number) =>
		`${rightOf(right, questions)} · ${pointsOf(earned, max)} (${pct(percent)})`,
	firstTryLabel: 'A la primera',
	firstTryLine: (right: number, questions: number, earned: number, max: number) =>
		`${rightOf(right, questions)} · ${pointsOf(earned, max)}`,
	finalLabel: 'Tras comprobar y volver a intentar',
	testLabel: 'Tu calificación',
	passed: 'Aprobado.',
	failed: 'Todavía no apruebas.',
	passRule: {
		practice: (mark: number) =>
			`La práctica se aprueba con tus respuestas finales, después de comprobar, volver a intentar y ver respuestas: la calificación mínima es ${pct(mark)}.`,
		test: (mark: number) => `La calificación mínima para aprobar es ${pct(mark)}.`
	},
	reread: 'Vuelve a leer el párrafo',
	results: 'Tu resultado',
	resultsOf: (n: number) => `Tu resultado, intento ${num(n)}`,
	missedHeading: 'Preguntas para repasar',
	noneMissed: 'Respondiste bien todas las preguntas.',
	noneMissedFirstTry: 'Respondiste bien todas las preguntas a la primera.',
	missedFirstTry: 'Todas las preguntas que no respondiste bien a la primera.',
	goTo: (n: number) => `Ir a la pregunta ${num(n)}`,
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
	noAnswer: 'sin respuesta',
	/** El mapa del modo de una pregunta a la vez y sus botones (llegan con las demás partes). */
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
		toResults: 'Ver tu resultado',
		backToResults: 'Volver a tu resultado'
	}
};
