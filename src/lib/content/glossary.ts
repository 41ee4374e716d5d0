// The glossary: every lesson's key terms, one entry per term (terms that differ only in case,
// accents, spacing or punctuation are the same term), grouped by first letter for an A–Z index,
// each with links to the paragraph of every lesson that uses it. Pure: the page renders the result.

export interface GlossaryLesson {
	slug: string;
	title: string;
	terms: { term: string; definition: string; paragraph: string }[];
}

export interface GlossaryEntry {
	term: string;
	/** The entry's id on the glossary page (for links from lessons). */
	anchor: string;
	definition: string;
	/** Each lesson that lists the term, in course order, with the paragraph where it is used. */
	usedIn: { slug: string; title: string; paragraph: string }[];
}

export interface GlossarySection {
	letter: string;
	anchor: string;
	entries: GlossaryEntry[];
}

export interface Glossary {
	/** Every letter of the alphabet, in order; `anchor` only where a section starts with it. */
	index: { letter: string; anchor?: string }[];
	/** Sections in alphabet order (then one for terms that start with anything else). */
	sections: GlossarySection[];
}

export interface GlossaryOptions {
	/** The letters of the index, in order, e.g. "ABCDEFGHIJKLMNOPQRSTUVWXYZ" (Spanish adds Ñ). */
	alphabet: string;
	/** The heading of the section for terms that start with anything else. */
	other: string;
	/** For sorting terms, e.g. "en". */
	locale: string;
}

const stripMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

/** The same key for the same term, whatever its case, accents, spacing or punctuation. */
export function termKey(term: string): string {
	return stripMarks(term)
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** The id of a term's entry on the glossary page, e.g. `term-unnamed-source`. */
export function termAnchor(term: string): string {
	return `term-${termKey(term).replace(/ /g, '-')}`;
}

/** The index letter a term is filed under, or `undefined` if it starts with no letter of `alphabet`. */
export function letterOf(term: string, alphabet: string): string | undefined {
	const first = [...term.trim()][0]?.toLocaleUpperCase() ?? '';
	if (first && alphabet.includes(first)) return first;
	const plain = stripMarks(first);
	return plain && alphabet.includes(plain) ? plain : undefined;
}

export function buildGlossary(lessons: GlossaryLesson[], options: GlossaryOptions): Glossary {
	const entries = new Map<string, GlossaryEntry>();
	for (const lesson of lessons) {
		for (const { term, definition, paragraph } of lesson.terms) {
			const key = termKey(term);
			const entry = entries.get(key) ?? { term, anchor: termAnchor(term), definition, usedIn: [] };
			// A lesson that lists a term twice links to its first paragraph.
			if (!entry.usedIn.some((u) => u.slug === lesson.slug))
				entry.usedIn.push({ slug: lesson.slug, title: lesson.title, paragraph });
			entries.set(key, entry);
		}
	}
	const collator = new Intl.Collator(options.locale, { sensitivity: 'base', numeric: true });
	const letters = [...options.alphabet];
	const bySection = new Map<string, GlossaryEntry[]>();
	for (const entry of [...entries.values()].sort((a, b) => collator.compare(a.term, b.term))) {
		const letter = letterOf(entry.term, options.alphabet) ?? options.other;
		bySection.set(letter, [...(bySection.get(letter) ?? []), entry]);
	}
	// Plain ids: a-z as themselves, any other letter of the alphabet (Ñ) by its place in it.
	const anchorOf = (letter: string) =>
		!letters.includes(letter)
			? 'letter-other'
			: /^[A-Z]$/.test(letter)
				? `letter-${letter.toLowerCase()}`
				: `letter-${letters.indexOf(letter) + 1}`;
	const sections = [...letters, options.other]
		.filter((letter) => bySection.has(letter))
		.map((letter) => ({ letter, anchor: anchorOf(letter), entries: bySection.get(letter)! }));
	return {
		index: letters.map((letter) =>
			bySection.has(letter) ? { letter, anchor: anchorOf(letter) } : { letter }
		),
		sections
	};
}
