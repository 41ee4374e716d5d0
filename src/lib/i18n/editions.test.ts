// The Spanish interface text mirrors the English: the same areas, keys and function arities (the
// types already enforce this through svelte-check; this test says it again at run time, so a cast
// or an `any` cannot slip a gap through), plus the Spanish plurals and number formats.
import { describe, expect, it } from 'vitest';
import * as en from './en';
import * as es from './es';

type Shape = string | { [key: string]: Shape };
/** Every key path with what it holds: "text", "function/2", or a nested shape. */
function shape(value: unknown): Shape {
	if (typeof value === 'function') return `function/${value.length}`;
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.keys(value)
				.sort()
				.map((k) => [k, shape((value as Record<string, unknown>)[k])])
		);
	return typeof value;
}

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
		expect(es.teach.guide.questions(1)).toBe('1 pregunta');
		expect(es.teach.guide.points(1)).toBe('1 punto');
		expect(es.teach.guide.points(3)).toBe('3 puntos');
	});

	it('agrees in number where the English does', () => {
		expect(es.quiz.points(1, 1)).toBe('1 de 1 punto');
		expect(es.quiz.points(1, 2)).toBe('1 de 2 puntos');
		expect(es.quiz.retrying(1)).toMatch(/^Vuelves a intentar la pregunta que fallaste/);
		expect(es.quiz.retrying(3)).toMatch(/^Vuelves a intentar las 3 preguntas que fallaste/);
		expect(es.progress.repaired(1)).toContain('(1 cuestionario)');
		expect(es.progress.repaired(2)).toContain('(2 cuestionarios)');
		expect(es.teach.results.count(1, 2)).toBe('1 estudiante, 2 códigos.');
		expect(es.teach.results.problems(1)).toBe('1 código no se pudo leer');
		expect(es.teach.results.problems(4)).toBe('4 códigos no se pudieron leer');
		expect(es.teach.assignment.modeLine('test', 70, 1)).toMatch(/^1 lección, modo examen/);
		expect(es.teach.assignment.modeLine('practice', 70, 3)).toMatch(/^3 lecciones, modo práctica/);
		expect(es.teach.linkErrors.unknownLesson(['x'])).toContain('una lección que este sitio no tiene (x)');
		expect(es.teach.linkErrors.unknownLesson(['x', 'y'])).toContain(
			'lecciones que este sitio no tiene (x, y)'
		);
	});

	it('writes percentages the Spanish way, with a non-breaking space before %', () => {
		expect(es.quiz.score(7, 10, 70)).toBe('Obtuviste 7 de 10 (70\u00a0%).');
		expect(es.quiz.failed(70)).toContain('70\u00a0%');
		expect(es.progress.status.best(85, true)).toBe('Mejor resultado: 85\u00a0%, aprobado');
		expect(es.teach.results.scoreCell(7, 10, 70)).toBe('7/10 (70\u00a0%)');
		expect(es.quiz.numberHint).toContain('225\u00a0000');
	});

	it('translates the reasons that arrive in English from the assignment schemas', () => {
		expect(es.teach.assign.badTitle('is longer than 120 characters')).toBe(
			'El título tiene más de 120 caracteres.'
		);
		expect(es.teach.linkErrors.invalid('la lista de lecciones', 'names no lessons')).toMatch(
			/^La lista de lecciones de este enlace no nombra ninguna lección\. /
		);
		// An unknown (library default) message is not mixed in: it becomes a general reason.
		expect(es.teach.linkErrors.invalid('el modo', 'Invalid type: Expected string')).toMatch(
			/^El modo de este enlace tiene un valor que no es válido\. /
		);
	});
});
