// Textos del marco del sitio y de las páginas del curso.
import type { site as en } from '../en/site';

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
	footer: 'Todo lo que respondes se queda en este navegador. Sin cuentas ni rastreo.',
	course: {
		heading: 'Lecciones',
		minutes: (n: number) => `${n} min de lectura`,
		questions: (n: number) => `${n} ${n === 1 ? 'pregunta' : 'preguntas'}`
	},
	lesson: {
		objectives: 'En esta lección vas a',
		terms: 'Términos clave',
		reading: 'Lectura',
		quiz: 'Cuestionario',
		back: 'Todas las lecciones',
		next: 'Lección siguiente',
		previous: 'Lección anterior'
	},
	glossary: {
		title: 'Glosario',
		intro: 'Todos los términos clave del curso, con las lecciones que los usan.',
		usedIn: 'Aparece en'
	}
};
