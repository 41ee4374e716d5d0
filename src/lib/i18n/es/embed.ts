// Textos de los cuestionarios incrustados y del panel para incrustarlos.
import type { embed as en } from '../en/embed';
import { pct } from './numbers';

export const embed: typeof en = {
	title: (lesson: string) => `Cuestionario: ${lesson}`,
	description: (lesson: string) =>
		`El cuestionario de la lección «${lesson}», para incrustarlo en una página de un curso.`,
	frameTitle: (lesson: string) => `Cuestionario: ${lesson}`,
	newWindow: '(se abre en una ventana nueva)',
	reading: 'Lectura',
	loadingReading: 'Cargando la lectura…',
	panel: {
		summary: 'Incrustar este cuestionario',
		intro:
			'Pega este código en una página del curso para mostrar ahí el cuestionario. El marco ajusta su tamaño al del cuestionario, y la página recibe un evento quiz:complete con la calificación.',
		snippet: 'Código para incrustar',
		withReading: 'Incluir la lectura',
		mode: 'Modo',
		modes: { practice: 'Práctica: comprobar cada respuesta', test: 'Examen: comentarios después de enviar' },
		attempts: 'Intentos',
		unlimited: 'Sin límite',
		review: 'Respuestas correctas en la revisión',
		reviews: {
			'after-last': 'Después del último intento',
			always: 'Después de cada intento',
			never: 'Nunca'
		},
		passMark: 'Calificación mínima para aprobar (%)',
		passMarkHint: (mark: number) => `Déjala vacía para usar la de la lección: ${pct(mark)}.`,
		layout: 'Preguntas',
		layouts: { paged: 'Una a la vez', scroll: 'Todas en una página' },
		language: 'Idioma',
		theme: 'Colores',
		themes: { light: 'Claros', dark: 'Oscuros', auto: 'Según la configuración de quien lee' },
		listener: 'Agregar un script que reciba la calificación (para desarrolladores)',
		listenerComment:
			'Haz algo con el resultado: envíalo a tu registro de calificaciones, muestra una insignia…',
		copy: 'Copiar código',
		copied: 'Copiado al portapapeles.',
		copyFailed: 'Aquí no se permite copiar: selecciona el código y cópialo tú.',
		originPlaceholder: 'https://quiz-site.example'
	},
	scorm: {
		recorded: 'Tu resultado se envió a tu curso.',
		notSent: 'No se pudo enviar tu resultado a tu curso. Muestra esta página a tu docente.',
		notConnected:
			'Esta lección no pudo conectarse con tu curso. Puedes hacer el cuestionario, pero tus respuestas no se guardarán y tu resultado no se enviará.',
		notSaving:
			'Tu curso no está guardando tus respuestas en este momento: si sales ahora, quizá tengas que responder de nuevo.',
		notRestored:
			'No se pudieron recuperar tus respuestas anteriores desde tu curso, así que el cuestionario empieza de nuevo.'
	}
};
