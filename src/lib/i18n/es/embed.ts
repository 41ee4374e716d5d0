// Textos de los cuestionarios incrustados y del panel para incrustarlos.
import type { embed as en } from '../en/embed';

export const embed: typeof en = {
	title: (lesson: string) => `Cuestionario: ${lesson}`,
	frameTitle: (lesson: string) => `Cuestionario: ${lesson}`,
	newWindow: '(se abre en una ventana nueva)',
	reading: 'Lectura',
	loadingReading: 'Cargando la lectura…',
	panel: {
		summary: 'Incrustar este cuestionario',
		intro:
			'Pega este código en una página del curso para mostrar ahí el cuestionario. El marco ajusta su tamaño solo, y la página recibe un evento quiz:complete con la calificación.',
		snippet: 'Código para incrustar',
		withReading: 'Incluir la lectura',
		mode: 'Modo',
		modeDefault: 'Práctica (el modo predeterminado de la lección)',
		modeTest: 'Examen: las respuestas se revisan al enviar',
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
