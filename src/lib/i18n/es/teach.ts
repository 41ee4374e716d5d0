// Textos de la guía docente, las tareas y los resultados de la clase.
import type { AssignmentError } from '../../teach/assignment';
import type { Issue, IssueCode } from '../../teach/checks';
import type { Separation } from '../../teach/items';
import type { LearnerNotice } from '../../teach/learner-store';
import type { TextProblem } from '../../teach/text';
import type { teach as en } from '../en/teach';
import { num, pct } from './numbers';

const again =
	'Pide a tu docente que te envíe el enlace otra vez y ábrelo completo (copia el enlace entero o escanea el código QR).';
const resend =
	'Pide al estudiante que vuelva a copiar el código completo (o que envíe el archivo) y pégalo aquí.';

// Cómo incumple un nombre o un título la regla de textos ($lib/teach/text), después de «El título…».
// Llega como código (TextProblem), nunca como texto en inglés.
const textProblem: Record<TextProblem, string> = {
	empty: 'está vacío',
	'too-long': 'es demasiado largo',
	unsafe: 'contiene caracteres de control o de cambio de dirección',
	invisible: 'no tiene ningún carácter visible'
};

const linkErrors: (typeof en)['linkErrors'] = {
	empty: `Esta página abre una tarea a partir de un enlace, y esta dirección no contiene ninguna tarea. ${again}`,
	tooLong: `Este enlace es mucho más largo que cualquier enlace de tarea, así que no se leyó. ${again}`,
	newer:
		'Este enlace de tarea lo creó una versión más reciente de este sitio. Vuelve a cargar la página; si sigue sin funcionar, pide a tu docente un enlace nuevo.',
	damaged: `Este enlace está incompleto o fue modificado: falta una parte o tiene un error de escritura, por eso su número de control no coincide. ${again}`,
	invalid: {
		lessons: `La lista de lecciones de este enlace no sirve en este sitio: debe nombrar de 1 a 20 lecciones distintas. ${again}`,
		mode: `El modo de este enlace no es ni «práctica» ni «examen». ${again}`,
		passMark: `La calificación mínima de este enlace no es un número entero del 0 al 100. ${again}`,
		shuffle: `La opción de mezclar de este enlace no está ni activada ni desactivada. ${again}`,
		attempts: `El número de intentos de este enlace no es un número entero del 1 al 20. ${again}`,
		review: `Este enlace no dice cuándo se muestran las respuestas correctas. ${again}`,
		title: (problem: TextProblem) => `El título de este enlace ${textProblem[problem]}. ${again}`,
		due: `La fecha de entrega de este enlace no es una fecha real entre 2020 y 2100. ${again}`
	},
	unknownLesson: (slugs: string[]) =>
		`Este enlace nombra ${slugs.length === 1 ? 'una lección que este sitio no tiene' : 'lecciones que este sitio no tiene'} (${slugs.join(', ')}). Pide a tu docente un enlace nuevo.`
};

const list = (ids: string[] | undefined) => (ids ?? []).join(', ');
/** Una o varias: «una pregunta» con un solo identificador, el plural con varios. */
const several = (ids: string[] | undefined) => (ids ?? []).length > 1;
const points = (n: number | undefined) => `${num(n ?? 0)} ${n === 1 ? 'punto' : 'puntos'}`;

// Por qué un código de resultados no puede ser correcto (teach/checks.ts), una frase cada uno. El
// sujeto es el código (o la lección del código), como en inglés: van en la columna de notas.
const issues: Record<IssueCode, (i: Issue) => string> = {
	'unknown-lesson': (i) => `Nombra una lección que este sitio no tiene (${i.slug}).`,
	'not-assigned': (i) => `Tiene una lección que esta tarea no incluye (${i.slug}).`,
	'unknown-question': (i) =>
		`Incluye ${several(i.ids) ? 'preguntas que la lección no tiene' : 'una pregunta que la lección no tiene'} (${list(i.ids)}).`,
	'repeated-question': (i) =>
		`Incluye ${several(i.ids) ? 'preguntas' : 'una pregunta'} más de una vez (${list(i.ids)}).`,
	'question-max': (i) =>
		`Da a ${several(i.ids) ? 'algunas preguntas' : 'una pregunta'} un máximo de puntos distinto del de la lección (${list(i.ids)}).`,
	'lesson-max': (i) =>
		`Dice que se ${i.found === 1 ? 'podía' : 'podían'} obtener ${points(i.found)}; la lección vale ${points(i.expected)}.`,
	'over-max': () => 'Da más puntos de los que se podían obtener.',
	'items-total': () =>
		'La suma de los puntos de sus preguntas no coincide con la calificación de su primer intento.',
	'unknown-option': (i) =>
		`Registra opciones que ${several(i.ids) ? 'las preguntas no ofrecen' : 'la pregunta no ofrece'} (${list(i.ids)}).`,
	passed: (i) =>
		`Da un intento por aprobado o no aprobado sin que corresponda a la calificación mínima para aprobar, que es ${pct(i.expected ?? 0)}.`,
	attempts: (i) =>
		`Tiene ${num(i.found ?? 0)} ${i.found === 1 ? 'intento' : 'intentos'}; la tarea permite ${num(i.expected ?? 0)}.`,
	'repeated-attempt': () => 'Incluye el mismo intento dos veces.',
	future: () => 'Tiene una fecha u hora en el futuro.',
	'time-order': () =>
		'Tiene horas fuera de orden (un intento termina antes de que empiece la lección o antes que el intento anterior).',
	rescored: (i) =>
		`Sus puntos no coinciden con sus respuestas: calificado de nuevo con la clave, el primer intento vale ${points(i.expected)}, no ${points(i.found)} (${list(i.ids)}).`,
	'no-picks': (i) =>
		`Da puntos a ${several(i.ids) ? 'preguntas de opciones' : 'una pregunta de opciones'} sin decir qué se eligió, así que no se pudieron ganar (${list(i.ids)}).`,
	'old-code': (i) =>
		`Lo hizo una versión anterior de este sitio, que no guardaba las opciones elegidas: sus puntos en preguntas de opciones no se pueden comprobar (${list(i.ids)}). Pide al estudiante un código nuevo.`,
	'impossible-points': (i) =>
		`Da puntos que el cuestionario no puede dar por la opción registrada (${list(i.ids)}).`,
	'first-tries': () =>
		'Sus primeros intentos por pregunta no pueden ser correctos: no suman lo que dicen, o una pregunta acertada al primer intento terminó con menos puntos.',
	'test-first-tries': () =>
		'Tiene primeros intentos por pregunta, que un examen no registra: no se hizo en este examen.',
	'too-fast': (i) => {
		const n = i.questions ?? 0;
		const s = i.found ?? 0;
		return `Terminó ${num(n)} ${n === 1 ? 'pregunta' : 'preguntas'} en ${num(s)} ${s === 1 ? 'segundo' : 'segundos'}, demasiado rápido para ${n === 1 ? 'haberla leído' : 'haberlas leído'}.`;
	}
};

/** El problema de un enlace de tarea en palabras, para la página del estudiante y la de resultados. */
function linkError(e: AssignmentError): string {
	const m = linkErrors;
	switch (e.code) {
		case 'empty':
			return m.empty;
		case 'too-long':
			return m.tooLong;
		case 'newer':
			return m.newer;
		case 'damaged':
			return m.damaged;
		case 'unknown-lesson':
			return m.unknownLesson(e.lessons);
		case 'invalid':
			return e.field === 'title' ? m.invalid.title(e.problem ?? 'unsafe') : m.invalid[e.field];
	}
}

export const teach: typeof en = {
	embedPage: {
		title: (lesson: string) => `Compartir o incrustar el cuestionario: ${lesson}`,
		intro:
			'Para autores de cursos: muestra el cuestionario de esta lección en otra página o en una plataforma de aprendizaje, o enlázalo. Esta página no tiene las respuestas.',
		back: (lesson: string) => `← Volver a la lección: ${lesson}`
	},
	nav: {
		label: 'Herramientas para docentes',
		guide: 'Guía docente',
		assign: 'Crear una tarea',
		results: 'Resultados de la clase',
		/** On a phone, the one line the site's header and these links fold into. */
		menu: 'Menú'
	},
	guide: {
		title: 'Para docentes',
		description:
			'Guía docente del curso: los objetivos de cada lección, una copia imprimible para docentes con la clave de respuestas y preguntas para el debate, y una hoja de trabajo para el alumnado.',
		intro:
			'Cada lección tiene objetivos y una copia para docentes con la clave de respuestas, explicaciones, preguntas para el debate y una actividad de ampliación. Imprime una hoja de trabajo para el alumnado (sin respuestas) o la copia para docentes (con respuestas).',
		noServer:
			'Las tareas y los resultados no necesitan cuentas ni servidor: la configuración viaja en el enlace, y el alumnado te envía un código de resultados solo si quiere hacerlo.',
		objectives: 'Objetivos',
		prompts: 'Preguntas para el debate',
		extension: 'Actividad de ampliación',
		teacherCopy: (lesson: string) => `Copia para docentes: ${lesson}`,
		worksheet: (lesson: string) => `Hoja de trabajo: ${lesson}`,
		teacherCopyDescription: (lesson: string) =>
			`Copia imprimible para docentes de «${lesson}»: cada pregunta con su respuesta y el porqué, y preguntas para el debate.`,
		worksheetDescription: (lesson: string) =>
			`Hoja de trabajo imprimible de «${lesson}» para el alumnado: las preguntas de la lección con espacio para responder, sin respuestas.`,
		openTeacherCopy: 'Copia para docentes (con respuestas)',
		openWorksheet: 'Hoja de trabajo para el alumnado (sin respuestas)',
		openLesson: 'Abrir la lección',
		questions: (n: number) => `${n} ${n === 1 ? 'pregunta' : 'preguntas'}`,
		print: 'Imprimir',
		printHint:
			'Imprime esta página (o usa la opción Imprimir de tu navegador) o guárdala como PDF desde el cuadro de diálogo de impresión.',
		back: 'Todas las lecciones para docentes',
		answer: 'Respuesta:',
		explanation: 'Por qué:',
		paragraph: 'Se evalúa en la lectura:',
		opening: 'el comienzo, antes del primer apartado',
		compactKey: 'Clave de respuestas de un vistazo',
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
		date: 'Fecha'
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
		attempts: 'Intentos por lección',
		attemptsHint:
			'Cuántas veces puede cada estudiante terminar el cuestionario de cada lección. En el modo práctica no hay límite.',
		unlimited: 'Sin límite',
		review: 'En la revisión después de un examen, mostrar las respuestas correctas',
		reviews: {
			'after-last': 'Después del último intento',
			always: 'Después de cada intento',
			never: 'Nunca (las repasas tú en clase)'
		},
		titleLabel: 'Título (opcional)',
		titleHint: 'Por ejemplo: Tarea de la semana 3',
		due: 'Fecha de entrega (opcional)',
		make: 'Crear el enlace',
		needLesson: 'Elige al menos una lección.',
		badPassMark: 'La calificación mínima debe ser un número entero del 0 al 100.',
		badTitle: (problem: TextProblem) => `El título ${textProblem[problem]}.`,
		badDue: 'La fecha de entrega debe ser una fecha real entre 2020 y 2100.',
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
		modeLine: (mode: 'practice' | 'test', passMark: number, count: number, attempts: number | null) =>
			`${num(count)} ${count === 1 ? 'lección' : 'lecciones'}, ${mode === 'test' ? 'modo examen: verás los comentarios después de enviar cada cuestionario' : 'modo práctica: compruebas cada respuesta sobre la marcha'}; calificación mínima para aprobar: ${pct(passMark)}` +
			(attempts === null
				? '.'
				: `; ${num(attempts)} ${attempts === 1 ? 'intento' : 'intentos'} por lección.`),
		name: 'Tu nombre',
		nameHint:
			'Como te conoce tu docente. Se queda en este navegador hasta que envíes tu código de resultados.',
		start: 'Empezar',
		nameProblem: {
			empty: 'Primero escribe tu nombre.',
			invisible: 'Escribe tu nombre con letras que se vean.',
			'too-long': 'Tu nombre puede tener como máximo 60 caracteres.',
			unsafe: 'Tu nombre tiene caracteres que no se pueden usar: vuelve a escribirlo.'
		} satisfies Record<TextProblem, string>,
		changeName: 'Cambiar el nombre',
		hello: (name: string) => `Trabajas como ${name}.`,
		lessonOf: (n: number, of: number) => `Lección ${num(n)} de ${num(of)}`,
		newWindow: '(se abre en una ventana nueva)',
		done: (earned: number, max: number) =>
			`Terminado: ${num(earned)} de ${num(max)} ${max === 1 ? 'punto' : 'puntos'}.`,
		attemptsKept: (count: number, first: number, best: number, max: number) =>
			`${num(count)} ${count === 1 ? 'intento' : 'intentos'}: en el primero obtuviste ${num(first)} de ${num(max)} ${max === 1 ? 'punto' : 'puntos'}, y en el mejor, ${num(best)}. Tu código de resultados lleva todos tus intentos, y tu docente ve el primero y el mejor.`,
		// Una línea por lección en el archivo de resultados que se descarga.
		scoreLine: (
			title: string,
			first: number,
			best: number,
			max: number,
			attempts: number,
			passed: boolean
		) =>
			attempts === 1
				? `${title}: ${num(first)}/${num(max)}, ${passed ? 'aprobado' : 'no aprobado'}`
				: `${title}: primer intento ${num(first)}/${num(max)}, mejor intento ${num(best)}/${num(max)} (${num(attempts)} intentos), ${passed ? 'aprobado' : 'no aprobado'}`,
		next: 'Lección siguiente',
		progress: (done: number, of: number) =>
			`${num(done)} de ${num(of)} ${of === 1 ? 'lección terminada' : 'lecciones terminadas'}.`,
		finishedAll: 'Terminaste: este es tu código de resultados',
		showCode: 'Ir a tu código de resultados',
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
		notice: {
			'set-aside':
				'No se pudieron leer tu nombre ni tus resultados guardados de esta tarea, así que empiezas de cero. Se apartó una copia en este navegador; no se borró.',
			repaired:
				'Una parte de tu trabajo guardado de esta tarea no se pudo leer y se dejó fuera o se limpió (a un nombre se le quitan las tabulaciones y los caracteres ocultos); el resto se conserva. Se apartó una copia del original en este navegador.',
			'left-alone':
				'No se pudo leer tu trabajo guardado de esta tarea y no había espacio para apartarlo, así que se deja tal como está, y lo que hagas ahora no se guardará.',
			'write-failed':
				'No se pudo guardar tu trabajo más reciente: el almacenamiento de este navegador está lleno o bloqueado. Termina y envía tu código de resultados en esta misma visita.',
			'session-only':
				'El almacenamiento de este navegador está lleno, así que tu trabajo más reciente se guarda solo en esta pestaña (se conserva si recargas, no si la cierras). Copia o descarga tu código de resultados antes de cerrarla.'
		} satisfies Record<LearnerNotice, string>,
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
		largePaste: (n: number) => `Texto largo pegado ${num(n)}`,
		largePastes: 'Demasiado largos para editarlos en el cuadro, así que se leen tal como se pegaron:',
		largePasteItem: (label: string, characters: number) =>
			`${label} (${num(characters)} ${characters === 1 ? 'carácter' : 'caracteres'})`,
		remove: 'Quitar',
		removeItem: (label: string) => `Quitar ${label}`,
		files: 'O elige archivos',
		drop: 'Suelta aquí los archivos de resultados',
		clear: 'Borrar todo',
		noCode:
			'Aquí no hay ningún código de resultados. Un código empieza con R2. (o R1.) y es una sola palabra larga.',
		tooManyLessons: (n: number, max: number) =>
			`Este código dice tener ${num(n)} ${n === 1 ? 'lección' : 'lecciones'}, pero el curso tiene ${num(max)}, así que no lo creó este sitio. ${resend}`,
		unreadHeading: 'No se leyó todo',
		unread: (source: string, characters: number, read: number) =>
			`${source}: solo se ${read === 1 ? 'leyó el primer carácter' : `leyeron los primeros ${num(read)} caracteres`}; ${characters === 1 ? 'el último no se leyó' : `los últimos ${num(characters)} no se leyeron`}. Pega menos códigos a la vez o, mejor, suelta aquí los archivos de tus estudiantes.`,
		more: (n: number) => `…y ${num(n)} más.`,
		rows: (from: number, to: number, of: number) => `Filas ${num(from)} a ${num(to)} de ${num(of)}`,
		pages: 'Páginas de la tabla de la clase',
		previous: 'Filas anteriores',
		next: 'Filas siguientes',
		duplicate: (name: string) => `Pegado más de una vez (${name}): cuenta una sola vez.`,
		problems: (n: number) => (n === 1 ? '1 código no se pudo leer' : `${num(n)} códigos no se pudieron leer`),
		duplicates: (n: number) => `${num(n)} ${n === 1 ? 'código repetido' : 'códigos repetidos'}`,
		tooBig: (file: string) => `${file} es demasiado grande para ser un archivo de resultados.`,
		table: 'Tabla de la clase',
		empty: 'Todavía no hay resultados: pega códigos arriba.',
		count: (students: number, codes: number) =>
			`${num(students)} ${students === 1 ? 'estudiante' : 'estudiantes'}, ${num(codes)} ${codes === 1 ? 'código' : 'códigos'}.`,
		flaggedCount: (n: number) =>
			n === 1
				? '1 código no supera una comprobación: se señala en la tabla con el motivo y se deja fuera del análisis de las preguntas.'
				: `${num(n)} códigos no superan una comprobación: se señalan en la tabla con el motivo y se dejan fuera del análisis de las preguntas.`,
		student: 'Estudiante',
		lesson: 'Lección',
		attempts: 'Intentos',
		firstAttempt: 'Primer intento',
		bestAttempt: 'Mejor intento',
		// «A la primera» (y no «primeros intentos»): la primera comprobación de cada pregunta.
		firstTries: 'A la primera',
		firstTriesHint:
			'Solo en el modo práctica: los puntos del primer intento en la primera comprobación de cada pregunta, antes de cualquier pista o de volver a intentarlo.',
		time: 'Tiempo',
		finished: 'Terminado',
		notes: 'Notas',
		scoreCell: (earned: number, max: number, percent: number) =>
			`${num(earned)}/${num(max)} (${pct(percent)})`,
		bestCell: (earned: number, max: number, percent: number, attempt: number, attempts: number) =>
			attempts > 1
				? `${num(earned)}/${num(max)} (${pct(percent)}), intento ${num(attempt)}`
				: `${num(earned)}/${num(max)} (${pct(percent)})`,
		firstTryCell: (earned: number | null, max: number) =>
			earned === null ? '—' : `${num(earned)}/${num(max)}`,
		minutes: (n: number) => (n < 1 ? 'menos de 1 min' : `${n} min`),
		tableHint:
			'El primer intento muestra lo que el estudiante sabía hacer antes de repetir: es el que usa el análisis de las preguntas. El mejor intento es la calificación más alta de todos sus intentos. El tiempo va desde que abrió la lección hasta que terminó el primer intento.',
		flag: {
			'other-assignment': 'Otra tarea',
			'same-student':
				'El mismo nombre se envió más de una vez: cuenta el último código que supera sus comprobaciones',
			'look-alike':
				'Quizá sea el mismo estudiante que otro nombre que se ve igual (letras de otro alfabeto o caracteres invisibles): compara sus códigos más abajo',
			'checks-elsewhere':
				'Otra lección de este código no supera una comprobación, así que todo el código se deja fuera del análisis'
		},
		issue: (i: Issue) => issues[i.code](i),
		sameHeading: 'Códigos que pueden ser del mismo estudiante',
		sameHint:
			'El mismo nombre enviado más de una vez, o nombres que se ven iguales, con cada intento y cuándo se hizo. Un estudiante que borra los datos del navegador (o usa una ventana privada u otro navegador) puede volver a hacer un examen: sin un servidor no se puede impedir, solo verlo aquí, como el intento 1 dos veces en dos momentos.',
		sameName: (name: string) => `Enviado más de una vez como ${name}`,
		lookAlike: (names: string[]) => `Quizá el mismo estudiante: ${names.join(' · ')}`,
		code: 'Código',
		codeNumber: (n: number, clean: boolean) =>
			clean ? `código ${num(n)}` : `código ${num(n)} (no supera una comprobación)`,
		attempt: 'Intento',
		score: 'Calificación',
		opened: 'Lección abierta',
		leftOut: 'Se deja fuera del análisis de las preguntas.',
		difficulty: 'Preguntas que falló la mayoría',
		difficultyHint:
			'Solo las preguntas que alguien falló, primero las más falladas. Primeros intentos, el último código de cada estudiante, solo de esta tarea. Fallar quiere decir no obtener todos los puntos.',
		noneMissed: 'Ningún estudiante falló ninguna pregunta en su primer intento.',
		question: 'Pregunta',
		missed: 'Fallada',
		missedCell: (missed: number, answered: number) => `${num(missed)} de ${num(answered)}`,
		pointsEarned: 'Puntos obtenidos',
		// «Análisis de las preguntas» (el «item analysis» de los exámenes), y «Distingue» por «Separates»:
		// si la pregunta distingue a quienes comprendieron mejor la lectura de quienes la comprendieron
		// peor. La correlación se escribe con punto decimal (0.45), como recomienda la Ortografía.
		analysis: 'Análisis de las preguntas',
		analysisHint: (min: number) =>
			`Cómo funcionó cada pregunta, según el primer intento de cada estudiante (el último código de cada estudiante, solo de esta tarea; se dejan fuera los códigos que no superan alguna comprobación). «Aciertos» cuenta a quienes obtuvieron todos los puntos. «Distingue» es la correlación entre los puntos de una pregunta y los del resto de la lección: desde 0.3, quienes obtuvieron buenos resultados en conjunto suelen acertarla; cerca de 0 o por debajo, la pregunta no distingue a quienes comprendieron mejor la lectura de quienes la comprendieron peor, así que revisa su clave y su redacción. Hacen falta al menos ${num(min)} ${min === 1 ? 'estudiante' : 'estudiantes'}. En las preguntas de opciones, cuántos eligieron cada opción: una opción incorrecta que eligieron muchos revela una idea equivocada frecuente.`,
		analysisEmpty: 'Todavía no hay nada que analizar: ningún código de esta tarea supera sus comprobaciones.',
		lessonStudents: (lesson: string, n: number) =>
			`${lesson}: ${num(n)} ${n === 1 ? 'estudiante' : 'estudiantes'}`,
		right: 'Aciertos',
		separates: 'Distingue',
		choices: 'Opciones elegidas',
		rightCell: (right: number, students: number, percent: number) =>
			`${num(right)} de ${num(students)} (${pct(percent)})`,
		separation: (s: Separation, level: 'good' | 'fair' | 'weak' | 'negative' | 'unknown') => {
			if (s.kind === 'few')
				return `Muy pocos estudiantes para saberlo (${num(s.students)}; hacen falta ${num(s.needed)})`;
			if (s.kind === 'same') return 'Todos obtuvieron la misma calificación: no hay nada que comparar';
			const r = s.r.toFixed(2).replace('-0.00', '0.00');
			const words = {
				good: 'distingue bien',
				fair: 'distingue algo',
				weak: 'distingue poco',
				negative: 'quienes tuvieron peores resultados la acertaron más: revisa la clave y la redacción',
				unknown: ''
			};
			return `${r}: ${words[level]}`;
		},
		choiceCell: (text: string, count: number) => `${text} (${num(count)})`,
		noChoice: (n: number) => `Ninguna opción registrada: ${num(n)}`,
		keyedChoice: (text: string, count: number) => `${text} (${num(count)})`,
		key: 'Clave',
		facility: 'Facilidad',
		facilityCell: (percent: number) => `${pct(percent)} de los puntos, primer intento`,
		firstTryFacility: 'Facilidad al primer intento',
		firstTryFacilityCell: (percent: number | null, students: number) =>
			percent === null
				? 'Sin primeros intentos (modo examen)'
				: `${pct(percent)} en la primera comprobación (${num(students)} ${students === 1 ? 'estudiante' : 'estudiantes'} en práctica)`,
		wrongMost: 'Respuesta incorrecta más elegida',
		wrongCell: (text: string, count: number, percent: number) =>
			`«${text}»: ${num(count)} ${count === 1 ? 'estudiante' : 'estudiantes'} (${pct(percent)})`,
		noWrong: 'Nadie eligió una respuesta incorrecta.',
		idea: 'La idea equivocada que hay detrás',
		why: 'La explicación de la lección',
		sortBy: 'Ordenar las preguntas',
		orders: {
			order: 'Como en la lección',
			facility: 'Las más difíciles primero (menor facilidad)',
			discrimination: 'Las que menos distinguen primero',
			wrong: 'La respuesta incorrecta más elegida primero'
		},
		downloadItems: 'Descargar el análisis de preguntas (CSV)',
		itemsCsv: {
			lesson: 'Lección',
			number: 'Pregunta',
			id: 'Id de la pregunta',
			question: 'Enunciado',
			students: 'Estudiantes',
			right: 'Correctas (puntuación completa)',
			facility: 'Facilidad %',
			firstTry: 'Facilidad al primer intento % (práctica)',
			discrimination: 'Discriminación (r)',
			key: 'Clave',
			wrong: 'Respuesta incorrecta más elegida',
			wrongCount: 'Estudiantes que la eligieron',
			idea: 'Idea equivocada'
		},
		classes: {
			heading: 'Tus clases',
			intro:
				'Guarda una clase en este navegador: los códigos que pegues o sueltes entran en ella, cada uno una vez, y la encontrarás aquí cuando vuelvas. Nada sale de este navegador. Para llevar una clase a otro ordenador, exporta su archivo e impórtalo allí.',
			choose: 'Clase',
			none: 'Sin clase (no guardar nada)',
			option: (name: string, codes: number) =>
				`${name} (${num(codes)} ${codes === 1 ? 'código' : 'códigos'})`,
			newName: 'Nueva clase',
			newHint:
				'Un nombre que reconozcas, como «2.º B, lección 1». El enlace de la tarea de abajo se guarda con ella.',
			create: 'Guardar esta clase',
			open: (name: string, codes: number) =>
				`Abierta: ${name}, ${num(codes)} ${codes === 1 ? 'código guardado' : 'códigos guardados'} en este navegador. Los códigos nuevos entran en ella.`,
			added: (added: number, already: number) =>
				`${num(added)} ${added === 1 ? 'código añadido' : 'códigos añadidos'}` +
				(already
					? `; ${num(already)} ya ${already === 1 ? 'estaba' : 'estaban'} en la clase y no se ${already === 1 ? 'añade' : 'añaden'} otra vez.`
					: '.'),
			export: 'Exportar el archivo de la clase',
			import: 'Importar un archivo de clase',
			imported: (name: string, added: number) =>
				`Importada ${name}: ${num(added)} ${added === 1 ? 'código nuevo' : 'códigos nuevos'}.`,
			fileError: {
				'not-json': 'Este archivo no es un archivo de clase (no es JSON).',
				'not-a-class': 'Este archivo no es un archivo de clase de este sitio.',
				newer:
					'Este archivo de clase lo hizo una versión más nueva de este sitio. Recarga esta página y vuelve a intentarlo.',
				invalid: 'Este archivo de clase se ha modificado o dañado, así que no se importó.'
			},
			forget: 'Olvidar esta clase',
			confirmForget: (name: string) => `Sí, olvidar ${name} en este navegador`,
			keepIt: 'Conservarla',
			forgotten: (name: string) => `${name} ya no se guarda en este navegador.`,
			unavailable:
				'Este navegador no deja que la página guarde clases (su almacenamiento está bloqueado o lleno): la tabla funciona, pero tendrás que pegar los códigos otra vez la próxima vez.'
		},
		download: 'Descargar CSV',
		source: 'Origen',
		pasted: 'Texto pegado'
	},
	csv: {
		student: 'Estudiante',
		lesson: 'Lección',
		attempts: 'Intentos',
		first: 'Primer intento',
		best: 'Mejor intento',
		max: 'Máximo',
		firstPercent: 'Primer intento (%)',
		bestPercent: 'Mejor intento (%)',
		passed: 'Aprobado (en algún intento)',
		firstTry: 'A la primera (práctica)',
		started: 'Inicio (UTC)',
		finished: 'Fin del primer intento (UTC)',
		minutes: 'Minutos',
		assignment: 'Tarea',
		flags: 'Avisos',
		// Una columna por pregunta: «Lección P3 (id, 2 puntos)».
		question: (lesson: string, n: number, id: string, max: number) =>
			`${lesson} P${num(n)} (${id}, ${num(max)} ${max === 1 ? 'punto' : 'puntos'})`,
		yes: 'sí',
		no: 'no',
		flag: {
			'other-assignment': 'otra tarea',
			'same-student': 'mismo estudiante más de una vez',
			'look-alike': 'quizá el mismo estudiante (nombre parecido)',
			'checks-elsewhere': 'otra lección de este código no supera una comprobación'
		}
	},
	linkErrors,
	linkError,
	codeErrors: {
		empty: 'Aquí no hay ningún código. Pega el código que te envió tu estudiante.',
		tooLong: 'Esto es mucho más largo que cualquier código de resultados, así que no se leyó.',
		notACode:
			'Esto no es un código de resultados: un código empieza con R2. (o R1.) y tiene dos puntos (.) en total.',
		newer:
			'Este código lo creó una versión más reciente de este sitio. Vuelve a cargar esta página e inténtalo de nuevo.',
		truncated: `Este código está incompleto: le falta el final. ${resend}`,
		typo: `Este código fue modificado: un carácter está mal, falta o sobra, por eso su número de control no coincide. ${resend}`,
		damaged: `Este código tiene el número de control correcto, pero su contenido no son resultados de este sitio. ${resend}`
	}
};
