// Textos para el uso sin conexión y las versiones nuevas del sitio.
import type { offline as en } from '../en/offline';
import { num } from './numbers';

export const offline: typeof en = {
	updateReady: 'Hay una versión nueva del curso lista para usar.',
	loadFailed:
		'No se pudo cargar una parte de esta página. Puede que el curso se haya actualizado desde que la abriste o que no tengas conexión.',
	reload: 'Volver a cargar la página',
	save: {
		heading: 'Uso sin conexión',
		intro:
			'Cada lección que abres se guarda en este navegador, así que vuelve a funcionar sin conexión. También puedes guardar ahora el curso completo.',
		// El tamaño llega ya escrito (1.5 MB), desde $lib/offline/plan.
		button: (size: string) => `Guardar el curso completo para usarlo sin conexión (${size})`,
		saving: (done: number, total: number) =>
			`Guardando para usar sin conexión: ${num(done)} de ${num(total)} ${total === 1 ? 'archivo' : 'archivos'}…`,
		saved: 'El curso completo está guardado en este navegador y funciona sin conexión.',
		failed: (missed: number) =>
			`${missed === 1 ? 'No se pudo guardar 1 archivo' : `No se pudieron guardar ${num(missed)} archivos`}. Comprueba la conexión y vuelve a intentarlo.`,
		again: 'Volver a intentarlo'
	}
};
