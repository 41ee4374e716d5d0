// Textos del marco del sitio y de las páginas del curso.
import type { site as en } from '../en/site';
import { num } from './numbers';

export const site: typeof en = {
	name: '¿Ataques contra los cárteles? Cómo leer una noticia',
	tagline:
		'Cinco lecciones breves sobre una sola noticia: cómo se informó, la soberanía de México, quién planifica las operaciones de Estados Unidos y la crisis del fentanilo que hay detrás.',
	skip: 'Saltar al contenido',
	nav: {
		label: 'Sitio',
		course: 'Curso',
		glossary: 'Glosario',
		teach: 'Para docentes',
		about: 'Acerca del sitio'
	},
	languages: 'Idioma',
	footer: 'Todo lo que respondes se queda en este navegador. Sin cuentas ni rastreo.',
	course: {
		heading: 'Lecciones',
		minutes: (n: number) => `${n} min de lectura`,
		questions: (n: number) => `${num(n)} ${n === 1 ? 'pregunta' : 'preguntas'}`,
		count: (n: number) => `${num(n)} ${n === 1 ? 'lección' : 'lecciones'}`
	},
	lesson: {
		objectives: 'En esta lección vas a',
		terms: 'Términos clave',
		reading: 'Lectura',
		quiz: 'Cuestionario',
		back: 'Todas las lecciones',
		toQuiz: (n: number) => `Ir al cuestionario (${num(n)} ${n === 1 ? 'pregunta' : 'preguntas'})`,
		share: 'Para docentes y autores de cursos: comparte o incrusta el cuestionario de esta lección',
		next: 'Lección siguiente',
		previous: 'Lección anterior',
		inGlossary: '(en el glosario)'
	},
	about: {
		description:
			'De dónde viene el material del curso, cómo se escribieron las lecciones y por qué nada de lo que haces aquí sale de tu navegador.'
	},
	notFound: {
		title: 'Página no encontrada',
		intro:
			'No hay ninguna página en esta dirección. Puede que esté mal escrita o que el enlace que te trajo aquí ya no esté al día.',
		home: 'Ir a la página principal del curso',
		lessons: 'Las lecciones'
	},
	glossary: {
		title: 'Glosario',
		intro: 'Todos los términos clave del curso, con las lecciones que los usan.',
		usedIn: 'Aparece en',
		index: 'Términos por letra inicial',
		// La ñ es una letra del alfabeto español, con su propio lugar después de la n.
		alphabet: 'ABCDEFGHIJKLMNÑOPQRSTUVWXYZ',
		other: '#',
		locale: 'es'
	}
};
