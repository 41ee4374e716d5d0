// The Spanish interface text mirrors the English: the same areas, keys and function arities (the
// types already enforce this through svelte-check; this test says it again at run time, so a cast
// or an `any` cannot slip a gap through), plus the Spanish plurals and number formats.
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../quiz/numbers';
import type { IssueCode } from '../teach/checks';
import * as en from './en';
import * as es from './es';
import { shape } from '../../../tests/text-shape';

describe('the Spanish interface text', () => {
	it('has the same areas as the English', () => {
		expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
	});

	it.each(Object.keys(en))('has the same keys and function arities as the English in "%s"', (area) => {
		const a = (en as Record<string, unknown>)[area];
		const b = (es as Record<string, unknown>)[area];
		expect(shape(b)).toEqual(shape(a));
	});

	it('has no English left in plain strings (apart from names and codes that stay as they are)', () => {
		const keep = new Set(['https://quiz-site.example']);
		const english = /\b(the|and|your|you|this|with|not|of|to)\b/i;
		const found: string[] = [];
		const walk = (value: unknown, path: string) => {
			if (typeof value === 'string') {
				if (!keep.has(value) && english.test(value)) found.push(`${path}: ${value}`);
			} else if (value && typeof value === 'object')
				for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
		};
		walk(es, 'es');
		expect(found).toEqual([]);
	});
});

describe('Spanish plurals and numbers', () => {
	it('says 1 pregunta, 2 preguntas (and 0 preguntas)', () => {
		expect(es.site.course.questions(1)).toBe('1 pregunta');
		expect(es.site.course.questions(2)).toBe('2 preguntas');
		expect(es.site.course.questions(0)).toBe('0 preguntas');
		expect(es.site.course.count(1)).toBe('1 lección');
		expect(es.site.course.count(5)).toBe('5 lecciones');
		expect(es.site.lesson.toQuiz(1)).toBe('Ir al cuestionario (1 pregunta)');
		expect(es.quiz.intro.questions(8)).toBe('8 preguntas');
		expect(es.teach.guide.questions(1)).toBe('1 pregunta');
		expect(es.teach.guide.points(1)).toBe('1 punto');
		expect(es.teach.guide.points(3)).toBe('3 puntos');
	});

	it('agrees in number where the English does', () => {
		expect(es.review.points(1, 1)).toBe('1 de 1 punto');
		expect(es.review.points(1, 2)).toBe('1 de 2 puntos');
		expect(es.review.retrying(1)).toMatch(/^Vuelves a intentar la pregunta que fallaste/);
		expect(es.review.retrying(3)).toMatch(/^Vuelves a intentar las 3 preguntas que fallaste/);
		expect(es.review.attemptsLeft(0)).toBe('Ya usaste todos tus intentos.');
		expect(es.review.attemptsLeft(1)).toBe('Te queda 1 intento.');
		expect(es.review.attemptsLeft(2)).toBe('Te quedan 2 intentos.');
		expect(es.review.unansweredCount(1)).toMatch(/^Queda 1 pregunta sin responder\. .* Valdrá 0 puntos\.$/);
		expect(es.review.unansweredCount(3)).toMatch(
			/^Quedan 3 preguntas sin responder\. .* Valdrán 0 puntos\.$/
		);
		expect(es.progress.repaired(1)).toContain('(1 cuestionario)');
		expect(es.progress.repaired(2)).toContain('(2 cuestionarios)');
		expect(es.progress.course(1, 5)).toBe('1 de 5 lecciones terminadas');
		expect(es.teach.results.count(1, 2)).toBe('1 estudiante, 2 códigos.');
		expect(es.teach.results.problems(1)).toBe('1 código no se pudo leer');
		expect(es.teach.results.problems(4)).toBe('4 códigos no se pudieron leer');
		expect(es.teach.results.tooManyLessons(1, 5)).toMatch(
			/^Este código dice tener 1 lección, pero el curso tiene 5,/
		);
		expect(es.teach.assignment.modeLine('test', 70, 1, null)).toMatch(
			/^1 lección, modo examen.*: 70\u00a0%\.$/
		);
		expect(es.teach.assignment.modeLine('practice', 70, 3, null)).toMatch(/^3 lecciones, modo práctica/);
		expect(es.teach.assignment.modeLine('test', 70, 2, 1)).toMatch(/70\u00a0%; 1 intento por lección\.$/);
		expect(es.teach.assignment.modeLine('test', 70, 2, 3)).toMatch(/70\u00a0%; 3 intentos por lección\.$/);
		expect(es.teach.results.flaggedCount(1)).toMatch(/^1 código no supera una comprobación: se señala /);
		expect(es.teach.results.flaggedCount(2)).toMatch(/^2 códigos no superan una comprobación: se señalan /);
		expect(es.teach.results.lessonStudents('Lección', 1)).toBe('Lección: 1 estudiante');
		expect(es.teach.results.lessonStudents('Lección', 12)).toBe('Lección: 12 estudiantes');
		expect(es.teach.csv.question('Lección', 3, 'q3', 1)).toBe('Lección P3 (q3, 1 punto)');
		expect(es.teach.csv.question('Lección', 3, 'q3', 2)).toBe('Lección P3 (q3, 2 puntos)');
		expect(es.teach.assignment.scoreLine('Lección', 4, 4, 8, 1, true)).toBe('Lección: 4/8, aprobado');
		expect(es.teach.assignment.scoreLine('Lección', 4, 7, 8, 3, false)).toBe(
			'Lección: primer intento 4/8, mejor intento 7/8 (3 intentos), no aprobado'
		);
		expect(es.offline.save.saving(1, 1)).toBe('Guardando para usar sin conexión: 1 de 1 archivo…');
		expect(es.offline.save.failed(1)).toMatch(/^No se pudo guardar 1 archivo\. /);
		expect(es.offline.save.failed(3)).toMatch(/^No se pudieron guardar 3 archivos\. /);
		expect(es.teach.linkErrors.unknownLesson(['x'])).toContain('una lección que este sitio no tiene (x)');
		expect(es.teach.linkErrors.unknownLesson(['x', 'y'])).toContain(
			'lecciones que este sitio no tiene (x, y)'
		);
	});

	it('says what was marked in a multiple-choice answer, in natural Spanish', () => {
		const picks = es.review.mistake.picks;
		expect(picks(2, 3, 0)).toBe('Marcaste 2 de las 3 opciones correctas.');
		expect(picks(2, 3, 1)).toBe('Marcaste 2 de las 3 opciones correctas y 1 que no es correcta.');
		expect(picks(0, 2, 2)).toBe(
			'No marcaste ninguna de las 2 opciones correctas, pero sí 2 que no son correctas.'
		);
		expect(picks(1, 1, 1)).toBe('Marcaste la opción correcta y 1 que no es correcta.');
		expect(picks(0, 1, 1)).toBe('No marcaste la opción correcta, pero sí 1 que no es correcta.');
		expect(es.review.mistake.inOrder(1, 4)).toBe('1 de 4 elementos está en el orden correcto entre sí.');
		expect(es.review.mistake.pairs(2, 4)).toBe('2 de 4 parejas son correctas.');
	});

	it('writes percentages the Spanish way, with a non-breaking space before %', () => {
		expect(es.review.scoreLine(7, 8, 9, 10, 90)).toBe(
			'7 de 8 preguntas correctas · 9 de 10 puntos (90\u00a0%)'
		);
		expect(es.review.firstTryLine(1, 1, 0, 2)).toBe('1 de 1 pregunta correcta · 0 de 2 puntos');
		expect(es.review.passRule.test(70)).toContain('70\u00a0%');
		expect(es.review.best(85, 2)).toBe('Tu mejor resultado hasta ahora: 85\u00a0% (intento 2).');
		expect(es.progress.status.scores(60, 85, true)).toBe(
			'A la primera: 60\u00a0% · mejor resultado: 85\u00a0%, aprobado'
		);
		expect(es.teach.results.scoreCell(7, 10, 70)).toBe('7/10 (70\u00a0%)');
		expect(es.teach.results.bestCell(7, 10, 70, 2, 3)).toBe('7/10 (70\u00a0%), intento 2');
		expect(es.teach.results.bestCell(7, 10, 70, 1, 1)).toBe('7/10 (70\u00a0%)');
		expect(es.teach.results.rightCell(3, 12, 25)).toBe('3 de 12 (25\u00a0%)');
		expect(es.embed.panel.passMarkHint(70)).toContain('70\u00a0%');
		// The typed-number question shows both readings as the page writes numbers (NumberHelp.svelte).
		expect(es.review.whichNumber(formatNumber(225, 'es'), formatNumber(225000, 'es'))).toBe(
			'¿Quisiste decir 225 o 225\u00a0000? Elige uno o vuelve a escribirlo.'
		);
	});

	it('groups thousands with a non-breaking space from five digits on, as the Ortografía asks', () => {
		expect(es.teach.results.count(1500, 12000)).toBe('1500 estudiantes, 12\u00a0000 códigos.');
		expect(es.teach.results.rows(1, 50, 1234567)).toBe('Filas 1 a 50 de 1\u00a0234\u00a0567');
		expect(es.teach.results.more(25000)).toBe('…y 25\u00a0000 más.');
		expect(es.teach.results.largePasteItem('Texto largo pegado 1', 2000000)).toBe(
			'Texto largo pegado 1 (2\u00a0000\u00a0000 caracteres)'
		);
		expect(es.teach.results.unread('Texto pegado', 12000, 2000000)).toMatch(
			/^Texto pegado: solo se leyeron los primeros 2\u00a0000\u00a0000 caracteres; los últimos 12\u00a0000 no se leyeron\. /
		);
	});

	it('puts link problems and name problems into words from their codes, never from English text', () => {
		expect(es.teach.assign.badTitle('too-long')).toBe('El título es demasiado largo.');
		expect(es.teach.assign.badTitle('empty')).toBe('El título está vacío.');
		expect(es.teach.linkError({ code: 'invalid', field: 'title', problem: 'invisible' })).toMatch(
			/^El título de este enlace no tiene ningún carácter visible\. /
		);
		expect(es.teach.linkError({ code: 'invalid', field: 'lessons' })).toMatch(
			/^La lista de lecciones de este enlace /
		);
		expect(es.teach.linkError({ code: 'invalid', field: 'attempts' })).toMatch(/^El número de intentos /);
		expect(es.teach.linkError({ code: 'too-long' })).toBe(es.teach.linkErrors.tooLong);
		expect(es.teach.linkError({ code: 'unknown-lesson', lessons: ['x'] })).toContain('(x)');
		expect(es.teach.assignment.nameProblem['too-long']).toBe(
			'Tu nombre puede tener como máximo 60 caracteres.'
		);
	});

	it('puts every check reason for a results code into words, in Spanish and in number', () => {
		const codes = Object.keys({
			'unknown-lesson': true,
			'not-assigned': true,
			'unknown-question': true,
			'repeated-question': true,
			'question-max': true,
			'lesson-max': true,
			'over-max': true,
			'items-total': true,
			'unknown-option': true,
			passed: true,
			attempts: true,
			'repeated-attempt': true,
			future: true,
			'time-order': true,
			rescored: true,
			'no-picks': true,
			'old-code': true,
			'impossible-points': true,
			'first-tries': true,
			'test-first-tries': true,
			'too-fast': true
		} satisfies Record<IssueCode, true>) as IssueCode[];
		const english = /\b(the|and|your|you|this|with|not|of|to)\b/i;
		for (const code of codes)
			for (const ids of [['q1'], ['q1', 'q2']]) {
				const text = es.teach.results.issue({ code, slug: 'l1', ids, expected: 3, found: 5 });
				expect(text).toMatch(/^[A-ZÁÉÍÓÚ].*\.$/);
				expect(text).not.toMatch(english);
			}
		const issue = es.teach.results.issue;
		expect(issue({ code: 'unknown-question', slug: 'l1', ids: ['q1'] })).toBe(
			'Incluye una pregunta que la lección no tiene (q1).'
		);
		expect(issue({ code: 'unknown-question', slug: 'l1', ids: ['q1', 'q2'] })).toBe(
			'Incluye preguntas que la lección no tiene (q1, q2).'
		);
		expect(issue({ code: 'lesson-max', slug: 'l1', expected: 8, found: 1 })).toBe(
			'Dice que se podía obtener 1 punto; la lección vale 8 puntos.'
		);
		expect(issue({ code: 'attempts', slug: 'l1', expected: 2, found: 3 })).toBe(
			'Tiene 3 intentos; la tarea permite 2.'
		);
		expect(issue({ code: 'passed', slug: 'l1', expected: 70 })).toContain('70\u00a0%');
	});

	it('says how well a question separates, keeping the correlation as a number', () => {
		const separation = es.teach.results.separation;
		expect(separation({ kind: 'r', r: 0.456 }, 'good')).toBe('0.46: distingue bien');
		expect(separation({ kind: 'r', r: -0.001 }, 'weak')).toBe('0.00: distingue poco');
		expect(separation({ kind: 'few', students: 3, needed: 10 }, 'unknown')).toBe(
			'Muy pocos estudiantes para saberlo (3; hacen falta 10)'
		);
	});

	it('files glossary terms under the Spanish alphabet, with Ñ after N', () => {
		expect(es.site.glossary.alphabet).toBe('ABCDEFGHIJKLMNÑOPQRSTUVWXYZ');
		expect(es.site.glossary.locale).toBe('es');
	});
});
