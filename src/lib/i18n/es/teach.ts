// Textos de la guía docente, las tareas y los resultados de la clase.
import type { teach as en } from '../en/teach';

const again =
	'Pide a tu docente que te envíe el enlace otra vez y ábrelo completo (copia el enlace entero o escanea el código QR).';
const resend =
	'Pide al estudiante que vuelva a copiar el código completo (o que envíe el archivo) y pégalo aquí.';

/**
 * Los motivos llegan en inglés desde los esquemas de src/lib/teach/assignment.ts (SafeText,
 * AssignmentSchema, Due). Se traducen aquí sin cambiar las firmas, con frases que no concuerdan en
 * género con el campo ("tiene más de 120 caracteres"). Un motivo que no esté en la lista (por
 * ejemplo, un mensaje por defecto de valibot) se dice de forma general, sin mezclar idiomas.
 */
const REASONS: [RegExp, (m: RegExpExecArray) => string][] = [
	[/^is empty$/, () => 'no tiene contenido'],
	[/^is longer than (\d+) characters$/, (m) => `tiene más de ${m[1]} caracteres`],
	[/^contains control characters$/, () => 'contiene caracteres de control'],
	[/^has a lesson name that is not a lesson$/, () => 'nombra una lección que no existe'],
	[/^names no lessons$/, () => 'no nombra ninguna lección'],
	[/^names more than (\d+) lessons$/, (m) => `nombra más de ${m[1]} lecciones`],
	[/^names a lesson twice$/, () => 'nombra dos veces la misma lección'],
	[/^is not practice or test$/, () => 'no es «práctica» ni «examen»'],
	[/^is not a date like (\S+)$/, (m) => `no tiene forma de fecha, como ${m[1]}`],
	[/^is not a real date$/, () => 'no es una fecha que exista']
];
function reason(english: string): string {
	for (const [pattern, say] of REASONS) {
		const m = pattern.exec(english.trim());
		if (m) return say(m);
	}
	return 'tiene un valor que no es válido';
}
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const teach: typeof en = {
	nav: {
		label: 'Herramientas para docentes',
		guide: 'Guía docente',
		assign: 'Crear una tarea',
		results: 'Resultados de la clase'
	},
	guide: {
		title: 'Para docentes',
		intro:
			'Cada lección tiene objetivos, una clave de respuestas con explicaciones, preguntas para el debate y una actividad de ampliación. Imprime una hoja de trabajo para el alumnado (sin respuestas) o una copia para docentes (con respuestas).',
		noServer:
			'Las tareas y los resultados no necesitan cuentas ni servidor: la configuración viaja en el enlace, y el alumnado te envía un código de resultados solo si quiere hacerlo.',
		objectives: 'Objetivos',
		prompts: 'Preguntas para el debate',
		extension: 'Actividad de ampliación',
		answerKey: 'Clave de respuestas',
		teacherCopy: (lesson: string) => `Copia para docentes: ${lesson}`,
		worksheet: (lesson: string) => `Hoja de trabajo: ${lesson}`,
		openTeacherCopy: 'Copia para docentes (con respuestas)',
		openWorksheet: 'Hoja de trabajo para el alumnado (sin respuestas)',
		openLesson: 'Abrir la lección',
		questions: (n: number) => `${n} ${n === 1 ? 'pregunta' : 'preguntas'}`,
		print: 'Imprimir',
		printHint: 'Imprime esta página o guárdala como PDF desde el cuadro de diálogo de impresión.',
		back: 'Todas las lecciones para docentes',
		answer: 'Respuesta:',
		explanation: 'Por qué:',
		paragraph: 'Párrafo de la lectura que se evalúa:',
		points: (n: number) => `${n} ${n === 1 ? 'punto' : 'puntos'}`,
		kind: {
			single: 'Elige una respuesta.',
			multiple: 'Elige todas las respuestas correctas.',
			'true-false': '¿Verdadero o falso?',
			order: 'Numera los elementos en el orden correcto (1 primero).',
			match: 'Escribe junto a cada término la letra de la descripción que le corresponde.',
			numeric: 'Escribe un número.',
			text: 'Escribe una respuesta breve.',
			evidence: 'Elige una respuesta y, después, el pasaje que mejor la respalda.',
			highlight: 'Subraya cada parte del pasaje que responde a la pregunta.'
		},
		name: 'Nombre',
		date: 'Fecha',
		trueLabel: 'Verdadero',
		falseLabel: 'Falso',
		evidencePart: 'Pasaje que respalda tu respuesta:'
	},
	assign: {
		title: 'Crear una tarea',
		intro:
			'Elige las lecciones y la configuración. Recibirás un enlace y un código QR para compartir con tu clase. Toda la configuración va en el enlace: nada se guarda en un servidor.',
		lessons: 'Lecciones',
		lessonsHint: 'El alumnado las hará en este orden.',
		mode: 'Modo',
		practice: 'Práctica: comprobar cada respuesta, ver por qué, intentar de nuevo',
		test: 'Examen: sin comentarios hasta enviar el cuestionario completo',
		passMark: 'Calificación mínima para aprobar (%)',
		shuffle: 'Mezclar preguntas y opciones',
		titleLabel: 'Título (opcional)',
		titleHint: 'Por ejemplo: Tarea de la semana 3',
		due: 'Fecha de entrega (opcional)',
		make: 'Crear el enlace',
		needLesson: 'Elige al menos una lección.',
		badPassMark: 'La calificación mínima debe ser un número entero del 0 al 100.',
		badTitle: (why: string) => `El título ${reason(why)}.`,
		link: 'Enlace de la tarea',
		copy: 'Copiar enlace',
		copied: 'Copiado al portapapeles.',
		copyFailed: 'Aquí no se permite copiar: selecciona el enlace y cópialo tú.',
		qr: 'Código QR del enlace de la tarea, para mostrarlo en clase',
		qrTooLong: 'El enlace es demasiado largo para un código QR: usa un título más corto.',
		preview: 'Probarla como estudiante',
		collect: 'Reunir los resultados de esta tarea',
		id: (id: string) => `Identificador de la tarea: ${id}`
	},
	assignment: {
		title: 'Tarea',
		loading: 'Leyendo el enlace de la tarea…',
		problem: 'Este enlace de tarea no funciona',
		noScript: 'Las tareas necesitan JavaScript: la configuración se lee del enlace en tu navegador.',
		due: (date: string) => `Fecha de entrega: ${date}.`,
		modeLine: (mode: 'practice' | 'test', passMark: number, count: number) =>
			`${count} ${count === 1 ? 'lección' : 'lecciones'}, ${mode === 'test' ? 'modo examen: verás los comentarios después de enviar cada cuestionario' : 'modo práctica: compruebas cada respuesta sobre la marcha'}; calificación mínima para aprobar: ${passMark}\u00a0%.`,
		name: 'Tu nombre',
		nameHint:
			'Como te conoce tu docente. Se queda en este navegador hasta que envíes tu código de resultados.',
		start: 'Empezar',
		needName: 'Primero escribe tu nombre.',
		changeName: 'Cambiar el nombre',
		hello: (name: string) => `Trabajas como ${name}.`,
		lessonOf: (n: number, of: number) => `Lección ${n} de ${of}`,
		readFirst: 'Lee primero la lección',
		newWindow: '(se abre en una ventana nueva)',
		done: (earned: number, max: number) =>
			`Terminado: ${earned} de ${max} ${max === 1 ? 'punto' : 'puntos'}.`,
		next: 'Lección siguiente',
		progress: (done: number, of: number) =>
			`${done} de ${of} ${of === 1 ? 'lección terminada' : 'lecciones terminadas'}.`,
		finishedAll: 'Terminaste: este es tu código de resultados',
		codeLabel: 'Tu código de resultados',
		codeHelp:
			'Copia este código y pégalo donde tu clase entrega los trabajos (el chat de la clase, el correo, la plataforma del curso), o descárgalo como archivo y envía el archivo.',
		selfReported:
			'Este código lo genera tu propio navegador: dice lo que este navegador registró, y no demuestra quién respondió. Tu docente puede revisar tu trabajo de otras maneras.',
		copy: 'Copiar código',
		copied: 'Copiado al portapapeles.',
		copyFailed: 'Aquí no se permite copiar: selecciona el código y cópialo tú.',
		download: 'Descargar como archivo',
		summary: 'Tus resultados',
		passed: 'aprobado',
		notPassed: 'no aprobado',
		restart: 'Empezar esta tarea de nuevo',
		privacy:
			'Tu nombre y tus respuestas se quedan en este navegador. No se envía nada a ninguna parte, salvo que tú mismo envíes el código.'
	},
	results: {
		title: 'Resultados de la clase',
		intro:
			'Pega los códigos de resultados que te enviaron tus estudiantes o suelta aquí sus archivos. Todo se queda en este navegador: no se sube nada.',
		selfReported:
			'Los códigos los generan los propios estudiantes: trátalos como una hoja de calificaciones entregada, no como una prueba.',
		assignmentLabel: 'Enlace de la tarea (opcional)',
		assignmentHint:
			'Pega el enlace de tu tarea para señalar los códigos que vengan de otra tarea. Si no lo pegas, se usa la tarea que nombran la mayoría de los códigos.',
		assignmentOk: (title: string, id: string) =>
			`Se comparan los códigos con ${title} (identificador ${id}).`,
		untitled: 'la tarea',
		paste: 'Códigos de resultados',
		pasteHint:
			'Pega uno o varios códigos. El texto que los rodea (como un mensaje de chat) no se tiene en cuenta.',
		files: 'O elige archivos',
		drop: 'Suelta aquí los archivos de resultados',
		clear: 'Borrar todo',
		noCode: 'Aquí no hay ningún código de resultados. Un código empieza con R1. y es una sola palabra larga.',
		duplicate: (name: string) => `Pegado más de una vez (${name}): cuenta una sola vez.`,
		problems: (n: number) => (n === 1 ? '1 código no se pudo leer' : `${n} códigos no se pudieron leer`),
		duplicates: (n: number) => `${n} ${n === 1 ? 'código repetido' : 'códigos repetidos'}`,
		tooBig: (file: string) => `${file} es demasiado grande para ser un archivo de resultados.`,
		table: 'Tabla de la clase',
		empty: 'Todavía no hay resultados: pega códigos arriba.',
		count: (students: number, codes: number) =>
			`${students} ${students === 1 ? 'estudiante' : 'estudiantes'}, ${codes} ${codes === 1 ? 'código' : 'códigos'}.`,
		student: 'Estudiante',
		lesson: 'Lección',
		score: 'Calificación',
		time: 'Tiempo',
		finished: 'Terminado',
		notes: 'Notas',
		scoreCell: (earned: number, max: number, percent: number) => `${earned}/${max} (${percent}\u00a0%)`,
		minutes: (n: number) => (n < 1 ? 'menos de 1 min' : `${n} min`),
		flag: {
			'other-assignment': 'Otra tarea',
			'same-student': 'El mismo nombre se envió más de una vez: cuenta el último'
		},
		difficulty: 'Preguntas que falló la mayoría',
		difficultyHint:
			'El último código de cada estudiante, solo de esta tarea. Fallar quiere decir no obtener todos los puntos.',
		question: 'Pregunta',
		missed: 'Fallada',
		missedCell: (missed: number, answered: number) => `${missed} de ${answered}`,
		pointsEarned: 'Puntos obtenidos',
		download: 'Descargar CSV',
		source: 'Origen',
		pasted: 'Texto pegado'
	},
	csv: {
		student: 'Estudiante',
		lesson: 'Lección',
		earned: 'Calificación',
		max: 'Máximo',
		percent: 'Porcentaje',
		passed: 'Aprobado',
		started: 'Inicio (UTC)',
		finished: 'Fin (UTC)',
		minutes: 'Minutos',
		assignment: 'Tarea',
		flags: 'Avisos',
		yes: 'sí',
		no: 'no',
		flag: {
			'other-assignment': 'otra tarea',
			'same-student': 'mismo estudiante más de una vez'
		}
	},
	linkErrors: {
		empty: `Esta página abre una tarea a partir de un enlace, y esta dirección no contiene ninguna tarea. ${again}`,
		tooLong: `Este enlace es mucho más largo que cualquier enlace de tarea, así que no se leyó. ${again}`,
		newer:
			'Este enlace de tarea lo creó una versión más reciente de este sitio. Vuelve a cargar la página; si sigue sin funcionar, pide a tu docente un enlace nuevo.',
		damaged: `Este enlace está incompleto o fue modificado: falta una parte o tiene un error de escritura, por eso su número de control no coincide. ${again}`,
		invalid: (field: string, why: string) => `${capital(field)} de este enlace ${reason(why)}. ${again}`,
		fields: {
			lessons: 'la lista de lecciones',
			mode: 'el modo',
			passMark: 'la calificación mínima',
			shuffle: 'la opción de mezclar',
			title: 'el título',
			due: 'la fecha de entrega'
		} as Record<string, string>,
		unknownLesson: (slugs: string[]) =>
			`Este enlace nombra ${slugs.length === 1 ? 'una lección que este sitio no tiene' : 'lecciones que este sitio no tiene'} (${slugs.join(', ')}). Pide a tu docente un enlace nuevo.`
	},
	codeErrors: {
		empty: 'Aquí no hay ningún código. Pega el código que te envió tu estudiante.',
		tooLong: 'Esto es mucho más largo que cualquier código de resultados, así que no se leyó.',
		notACode:
			'Esto no es un código de resultados: un código empieza con R1. y tiene dos puntos (.) en total.',
		newer:
			'Este código lo creó una versión más reciente de este sitio. Vuelve a cargar esta página e inténtalo de nuevo.',
		truncated: `Este código está incompleto: le falta el final. ${resend}`,
		typo: `Este código fue modificado: un carácter está mal, falta o sobra, por eso su número de control no coincide. ${resend}`,
		damaged: `Este código tiene el número de control correcto, pero su contenido no son resultados de este sitio. ${resend}`
	}
};
