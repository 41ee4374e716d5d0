// Textos sobre el progreso guardado y el estado de cada lección en la página del curso.
import type { progress as en } from '../en/progress';
import { num, pct } from './numbers';

export const progress: typeof en = {
	notice: 'Sobre tu progreso guardado',
	dismiss: 'Cerrar',
	notKept:
		'Tu progreso no se guardará: este navegador no deja que el sitio guarde nada (navegación privada, almacenamiento bloqueado o lleno). El cuestionario funciona igual, pero tus respuestas se pierden al salir de la página.',
	unreadable:
		'No se pudo leer tu progreso guardado, así que empiezas de cero. Se apartó una copia en este navegador; no se borró.',
	repaired: (n: number) =>
		`No se pudo leer una parte de tu progreso guardado (${num(n)} ${n === 1 ? 'cuestionario' : 'cuestionarios'}) y se dejó fuera; el resto se conserva. Se apartó una copia del original en este navegador.`,
	old: 'Tu progreso guardado viene de una versión anterior de este sitio y no se pudo usar, así que empiezas de cero. Se apartó una copia en este navegador.',
	newer:
		'Tu progreso lo guardó una versión más reciente de este sitio. Se deja tal como está, y las respuestas que des en esta página no se guardarán.',
	leftAlone:
		'No se pudo leer tu progreso guardado y no había espacio para apartarlo, así que se deja tal como está y las respuestas que des ahora no se guardarán.',
	writeFailed:
		'No se pudieron guardar tus últimas respuestas: el almacenamiento de este navegador está lleno o bloqueado.',
	status: {
		notStarted: 'Sin empezar',
		inProgress: (n: number, of: number) => `En curso: ${num(n)} de ${num(of)} respondidas`,
		finished: 'Terminado',
		// «A la primera»: lo que se acertó al primer intento de cada pregunta, junto al mejor resultado.
		scores: (first: number, best: number, passed: boolean) =>
			`A la primera: ${pct(first)} · mejor resultado: ${pct(best)}, ${passed ? 'aprobado' : 'todavía sin aprobar'}`,
		separator: ' · '
	},
	course: (done: number, of: number) =>
		`${num(done)} de ${num(of)} ${of === 1 ? 'lección terminada' : 'lecciones terminadas'}`,
	continue: (title: string) => `Continuar: ${title}`,
	start: (title: string) => `Empezar: ${title}`,
	allDone: 'Terminaste todas las lecciones. ¡Buen trabajo!',
	review: (title: string) => `Repasar: ${title}`,
	statusLabel: 'Tu progreso'
};
