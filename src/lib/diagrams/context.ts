// How a reading's diagrams reach the <LessonDiagram> components that the Markdown places: the page
// that renders the reading sets them (lesson, embed and SCORM pages), the component reads them.
import { createContext } from 'svelte';
import type { Diagram } from './types';

const [get, set] = createContext<() => Diagram[]>();

/** Call in the component that renders a lesson's reading, before it renders. */
export function setDiagrams(diagrams: () => Diagram[]): void {
	set(diagrams);
}

/** The diagram with this id, for the reading that is being rendered. */
export function getDiagram(id: string): Diagram {
	let diagrams: (() => Diagram[]) | undefined;
	try {
		diagrams = get();
	} catch {
		diagrams = undefined;
	}
	const diagram = diagrams?.().find((d) => d.id === id);
	if (!diagram) {
		// The build checks every marker against diagrams.yaml, so this means the page forgot setDiagrams.
		throw new Error(`Diagram "${id}" is not available: call setDiagrams() where the reading is rendered`);
	}
	return diagram;
}
