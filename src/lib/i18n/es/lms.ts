// Texto del panel «Usar en tu plataforma» y palabras dentro de los archivos exportados (ver en/lms.ts).
import type { lms as en } from '../en/lms';

export const lms: typeof en = {
	title: 'Usar en tu plataforma (LMS)',
	intro:
		'Los cuestionarios como archivos que tu plataforma de aprendizaje o tu juego de repaso importan, para que se apliquen su libro de calificaciones, sus intentos y sus ajustes de tiempo extra. Cada archivo se genera con las mismas preguntas del sitio; lo que un formato no puede contener se indica debajo.',
	language: 'Idioma de los archivos',
	courseFiles: 'Todo el curso (todas las lecciones)',
	lessonFiles: (lesson: string) => `Solo esta lección: ${lesson}`,
	download: (name: string) => `Descargar ${name}`,
	size: (kb: string) => `${kb} KB`,
	losses: 'Qué cambia en este formato',
	noLosses: 'Nada: cada pregunta conserva su tipo, su clave y su puntuación.',
	lossItem: (questions: string, what: string) => `${questions}: ${what}`,
	questionsWord: (ids: string[]) => (ids.length === 1 ? `Pregunta ${ids[0]}` : `Preguntas ${ids.join(', ')}`),
	questionsCount: (n: number) => (n === 1 ? '1 pregunta' : `${n} preguntas`),
	classroom:
		'Google Classroom no importa cuestionarios: publica el enlace de la tarea (Asignar una lección) o importa el Common Cartridge en otra plataforma.',
	onTeacherCopies:
		'Un archivo por lección: descárgalo desde la copia del docente de cada lección (más abajo).',
	assignLink: 'Crear un enlace de tarea',
	guide: 'Cómo importar cada archivo (paso a paso)',
	formats: {
		cc: {
			name: 'Common Cartridge 1.3 (.imscc)',
			where:
				'Canvas: Configuración → Importar contenido del curso → Paquete Common Cartridge 1.x. Moodle: Curso → Más → Restaurar (IMS Common Cartridge). Schoology: Curso → Importar (Common Cartridge). Blackboard: Contenido del curso → Importar contenido → Common Cartridge. D2L Brightspace: Administración del curso → Importar/Exportar/Copiar componentes → Importar componentes.',
			holds: 'Un módulo por lección: la lectura como enlace y el cuestionario como cuestionario.'
		},
		qti: {
			name: 'Paquete QTI 2.1 (.zip)',
			where:
				'Bancos de preguntas y plataformas que importan QTI 2.1 directamente (por ejemplo TAO, Inspera, los bancos de preguntas de Blackboard Ultra, la Biblioteca de preguntas de D2L → Importar).',
			holds: 'Cada pregunta con su propio tipo; una prueba por lección.'
		},
		moodle: {
			name: 'Moodle XML',
			where: 'Moodle: Banco de preguntas → Importar → Formato Moodle XML.',
			holds: 'Las preguntas de la lección en una categoría con su nombre.'
		},
		gift: {
			name: 'GIFT (texto)',
			where: 'Moodle: Banco de preguntas → Importar → Formato GIFT (también lo leen otras herramientas).',
			holds: 'Las preguntas de la lección como texto plano.'
		},
		kahoot: {
			name: 'Hoja de cálculo de Kahoot! (.xlsx)',
			where: 'Kahoot!: Crear → Kahoot → Añadir pregunta → Importar hoja de cálculo.',
			holds:
				'Solo preguntas de opción y de verdadero/falso, como máximo 4 respuestas, 120 caracteres por pregunta y 75 por respuesta. Kahoot no tiene lugar para explicaciones, identificadores ni enlaces.'
		},
		quizizz: {
			name: 'Hoja de cálculo de Quizizz (Wayground) (.xlsx)',
			where: 'Quizizz: Crear → Cuestionario → Importar desde hoja de cálculo.',
			holds:
				'Solo preguntas de opción y de verdadero/falso, como máximo 5 respuestas; la explicación, el identificador y el enlace van en «Answer explanation».'
		},
		blooket: {
			name: 'Blooket (.csv)',
			where: 'Blooket: Crear un set → Importar hoja de cálculo (CSV).',
			holds:
				'Solo preguntas de opción y de verdadero/falso, como máximo 4 respuestas. Blooket no tiene lugar para explicaciones, identificadores ni enlaces.'
		}
	},
	loss: {
		'evidence-split':
			'la pregunta de evidencia en dos partes se convierte en dos preguntas enlazadas (A y B); la parte B puntúa aunque la A esté mal',
		'highlight-list':
			'«marcar las palabras» se convierte en una pregunta de respuesta múltiple sobre las partes del pasaje, como opciones',
		'order-letters':
			'ordenar se convierte en escribir las letras en orden (todo o nada, sin puntuación parcial)',
		'order-matching':
			'ordenar se convierte en emparejar cada elemento con su lugar (puntos por lugar, no por tramo en orden)',
		'order-all-or-nothing': 'ordenar conserva su interacción pero puntúa todo o nada',
		'match-split': 'emparejar se convierte en una pregunta de opción por término',
		'multiple-all-or-nothing': 'la respuesta múltiple puntúa todo o nada (sin un punto por opción correcta)',
		'numeric-tolerance': 'solo se acepta el número exacto (se pierde el margen)',
		'numeric-unit': 'la unidad se escribe en la pregunta',
		'text-folding':
			'las respuestas escritas se comparan sin distinguir mayúsculas, pero sí acentos, espacios y puntuación',
		'not-held': 'no se incluye (esta herramienta no tiene ese tipo de pregunta)',
		'too-many-options': 'no se incluye (más respuestas de las que permite esta herramienta)',
		shortened: 'acortada para caber en los límites de longitud de la herramienta',
		'arrow-in-pair':
			'no se incluye (un texto para emparejar u ordenar contiene «->», que GIFT lee como su propio separador)'
	},
	words: {
		true: 'Verdadero',
		false: 'Falso',
		partA: 'Parte A',
		partB: 'Parte B',
		reading: 'Lectura',
		quiz: 'Cuestionario',
		orderHow: 'Escribe las letras en el orden correcto, de la primera a la última (por ejemplo CADB).',
		position: (n: number) => `Lugar ${n}`,
		matchPrompt: (left: string) => `¿Qué va con «${left}»?`,
		inUnit: (unit: string) => `(Responde en ${unit}.)`
	}
};
