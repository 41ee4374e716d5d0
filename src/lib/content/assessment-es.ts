// The Spanish side of the assessment lint (assessment.ts): word lists, a light stemmer, hedge words,
// pronouns that leave a passage hanging, and a readability formula made for Spanish. Pure, no DOM.

/** Lowercase, without accents (the form every list here is written in). */
export const plain = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();

/**
 * Function words and quiz words that say nothing about an answer, written without accents (words are
 * compared without them). Words of fewer than four letters are never distinctive anyway. "Estados",
 * "Unidos" and "estadounidense" are here because the English course writes "US", which is too short
 * to count: without them, every Spanish question about the United States would look linked.
 */
export const STOP_ES = new Set(
	`acerca ademas ahora algo alguien algun alguna algunas alguno algunos alli ante antes aquel aquella
	aquellas aquello aquellos aqui asi aunque bajo bien cada casi como contra cual cuales cualquier
	cuando cuanto cuanta cuantos cuantas cuyo cuya cuyos cuyas debe deben deberia decir desde despues
	dice dicen dicho dicha dijo donde durante ella ellas ello ellos entonces entre era eran esas
	esos esta estaba estaban estado estan estar estas este esto estos fueron haber habia habian habria
	habrian hace hacen hacer hacia hasta hecho hubo incluso mas mediante menos mientras misma mismas
	mismo mismos mucha muchas mucho muchos nada nadie ningun ninguna ninguno nuestra nuestras nuestro
	nuestros nunca otra otras otro otros para pero poca pocas poco pocos podra podria podrian porque
	puede pueden quien quienes segun sera seria serian siempre siendo sido sino sobre solamente solo
	suya suyas suyo suyos tal tales tambien tampoco tanta tantas tanto tantos tener tenia tenian tiene
	tienen toda todas todavia todo todos tras unas unos usted ustedes
	estados unidos estadounidense estadounidenses
	afirmacion afirmaciones correspondan corresponde describe describen descrito inventada inventado
	falso leccion lecciones lectura marca noticia noticias informe informes informa informo opcion
	opciones oracion oraciones parrafo pasaje pasajes palabra palabras pregunta preguntas publicacion
	respuesta respuestas texto titular verdadero`.split(/\s+/)
);

/** Number words, as digits (not "uno"/"una", which are mostly articles). */
export const NUMBER_WORDS_ES: Record<string, string> = {
	dos: '2',
	tres: '3',
	cuatro: '4',
	cinco: '5',
	seis: '6',
	siete: '7',
	ocho: '8',
	nueve: '9',
	diez: '10',
	once: '11',
	doce: '12'
};

/**
 * A light stemmer, enough to match singular and plural, masculine and feminine: "cárteles" and
 * "cártel", "fuentes" and "fuente", "mexicanos" and "mexicana". Words arrive lowercase, without
 * accents. Plural: "-ces" becomes "-z" ("veces"); "-es" after a consonant goes ("planes",
 * "operaciones"); "-s" after a vowel goes ("fuentes" keeps its "e" here). Then a final "a", "e" or
 * "o" goes, so "fuente", "fuentes" and "informe", "informes" meet.
 */
export function stemEs(word: string): string {
	let w = word.replace(/['’]/g, '');
	if (w.length > 4 && w.endsWith('ces')) w = `${w.slice(0, -3)}z`;
	else if (w.length > 4 && /[^aeiou]es$/.test(w)) w = w.slice(0, -2);
	else if (w.length > 3 && /[aeiou]s$/.test(w)) w = w.slice(0, -1);
	if (w.length > 4 && /[aeo]$/.test(w)) w = w.slice(0, -1);
	return w;
}

/**
 * Hedges: words that soften or limit a claim (the Spanish for "may", "reportedly", "not", "only",
 * "some"…), including the conditional of reported speech ("habría", "habrían") and "según informes", but not
 * "nunca" in "más … que nunca" ("deeper than ever").
 * Matched on the text without accents.
 */
const HEDGE_ES = new RegExp(
	`(?<![a-z0-9])(${[
		'puede',
		'pueden',
		'podria',
		'podrian',
		'podra',
		'podran',
		'quiza',
		'quizas',
		'tal vez',
		'posible',
		'posibles',
		'posiblemente',
		'probable',
		'probablemente',
		'presuntamente',
		'supuestamente',
		'al parecer',
		'segun informes',
		'habria',
		'habrian',
		'no',
		'ni',
		// "más … que nunca" compares; it does not hedge
		'(?<!que )nunca',
		'jamas',
		'ningun',
		'ninguno',
		'ninguna',
		'nada',
		'nadie',
		'solo',
		'solamente',
		'unicamente',
		'algun',
		'alguno',
		'alguna',
		'algunos',
		'algunas',
		'sin confirmar',
		'poco claro'
	].join('|')})(?![a-z0-9])`
);
export const isHedgedEs = (text: string) => HEDGE_ES.test(plain(text));

/**
 * A passage that opens with a pronoun or a demonstrative has nothing to refer to on its own ("Esto
 * no describe…", "Su vocero…"). "Él" is told from the article "El" by its accent. Spanish can also
 * leave the subject out altogether ("Dijo que…"): the lint cannot see that, so write passages with
 * their subject.
 */
export function isDanglingEs(text: string): boolean {
	const t = text.replace(/^["“«¿¡(]+/, '');
	if (/^Él\b/.test(t)) return true;
	return /^(esto|eso|ello|este|esta|estos|estas|ese|esa|esos|esas|aquel|aquella|aquello|aquellos|aquellas|ella|ellas|ellos|su|sus|le|les|lo(?! que)|dicho|dicha|dichos|dichas|tal|tales)(?![a-z0-9])/.test(
		plain(t)
	);
}

// ---------------------------------------------------------------------------------------------
// Readability: Szigriszt-Pazos perspicuity, read on the INFLESZ scale

/**
 * Syllables in a Spanish word. Spanish spelling is regular enough to count them from the vowels:
 * each run of vowels is one syllable (a diphthong or triphthong: "cuál", "bien", "buey"), plus one
 * for every hiatus inside the run, that is two strong vowels side by side ("le-er", "ca-os") or a
 * weak vowel with an accent next to any vowel ("dí-a", "pa-ís", "re-ú-ne"). "y" is a vowel where
 * no vowel follows it ("hoy", "muy", "y"), a consonant before one ("ya", "mayo"); "u" in "que",
 * "qui", "gue", "gui" falls inside its run and adds nothing; "h" does not break a run of vowels in
 * speech, but this heuristic counts it as a consonant ("pro-hi-bir" is right; "ahu-ma-do" comes out
 * one too many, which is rare). A number counts as one word of three syllables (a year such as
 * "2025" is "dos mil veinticinco"). English words inside Spanish text are counted by the same
 * rules. Within one syllable of a dictionary on ordinary words, and exact on most
 * (tests/content/assessment.test.ts).
 */
export function syllablesEs(word: string): number {
	const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
	if (!w) return /\d/.test(word) ? 3 : 0;
	const v = w.replace(/y(?![aeiouáéíóú])/g, 'i');
	const strong = 'aeoáéó';
	const accentedWeak = 'íú';
	let n = 0;
	for (const run of v.match(/[aeiouáéíóúü]+/g) ?? []) {
		n++;
		for (let i = 1; i < run.length; i++) {
			const a = run.charAt(i - 1);
			const b = run.charAt(i);
			if ((strong.includes(a) && strong.includes(b)) || accentedWeak.includes(a) || accentedWeak.includes(b))
				n++;
		}
	}
	return Math.max(1, n);
}

export interface Perspicuity {
	/** Szigriszt-Pazos perspicuity, 0–100: higher is easier. */
	score: number;
	/** The INFLESZ band the score falls in. */
	band: string;
	words: number;
	sentences: number;
	syllables: number;
}

/**
 * The INFLESZ scale (Barrio-Cantalejo et al., 2008) for the Szigriszt-Pazos score, as used for
 * Spanish health and public information: below 40 very hard, 40–55 somewhat hard, 55–65 normal
 * (the level of secondary school), 65–80 fairly easy, 80 and above very easy.
 */
export function inflesz(score: number): string {
	if (score < 40) return 'muy difícil';
	if (score < 55) return 'algo difícil';
	if (score < 65) return 'normal';
	if (score < 80) return 'bastante fácil';
	return 'muy fácil';
}

/**
 * Szigriszt-Pazos perspicuity (1993), Flesch's reading ease recalibrated for Spanish:
 * 206.835 − 62.3 × syllables per word − words per sentence. Chosen over Fernández-Huerta because it
 * was validated against Spanish readers and has a published scale for the general public (INFLESZ);
 * Fernández-Huerta circulates in two versions that disagree on its sentence term.
 */
export function szigrisztPazos(text: string): Perspicuity {
	const joined = text.replace(/(\d)[\s.,](?=\d{3}\b)/g, '$1');
	const sentences = joined
		.split(/(?<=[.!?…]["”’»)]?)\s+(?=["“‘«¿¡(]*[\p{Lu}0-9])|\n\s*\n/u)
		.map((s) => s.trim())
		.filter((s) => /\p{L}/u.test(s));
	const words = joined.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)?.map((w) => w.replace(/[.,]+$/, '')) ?? [];
	const syll = words.reduce((sum, w) => sum + syllablesEs(w), 0);
	const score =
		words.length && sentences.length
			? 206.835 - 62.3 * (syll / words.length) - words.length / sentences.length
			: 0;
	const rounded = Math.round(score * 10) / 10;
	return {
		score: rounded,
		band: inflesz(rounded),
		words: words.length,
		sentences: sentences.length,
		syllables: syll
	};
}

// ---------------------------------------------------------------------------------------------
// Agreement: where the grammar of an option gives the key away

/** Singular or plural; null where the rule cannot tell. */
export type GrammaticalNumber = 'sg' | 'pl' | null;

const PLURAL_OPENERS = new Set(
	`los las unos unas estos estas esos esas aquellos aquellas sus varios varias muchos muchas algunos
	algunas ambos ambas otros otras todos todas pocos pocas dos tres cuatro cinco seis siete ocho nueve
	diez once doce`.split(/\s+/)
);
const SINGULAR_OPENERS = new Set(
	`el la un una este esta ese esa aquel aquella su otro otra cada ningun ninguna algun alguna`.split(/\s+/)
);
const words = (text: string) =>
	plain(text)
		.replace(/^[\s"“«¿¡(]+/, '')
		.split(/[^a-z0-9ñü]+/)
		.filter(Boolean);

/**
 * The number of a noun phrase, from the word it opens with: an article, a demonstrative, a
 * possessive or a number ("Los mandos…", "Tres fuentes…" plural; "El gobierno…", "Una orden…"
 * singular). Two phrases joined by "y" are plural ("El gobierno y sus funcionarios"). A name
 * ("Politico", "Ken Klippenstein") or a bare noun is not classified.
 */
export function nounNumber(text: string): GrammaticalNumber {
	const [first] = words(text);
	if (!first) return null;
	if (PLURAL_OPENERS.has(first)) return 'pl';
	if (!SINGULAR_OPENERS.has(first)) return null;
	// "El gobierno estadounidense y sus funcionarios" (but not "un plan de ataque y defensa"): a "y"
	// followed by another determiner joins two phrases.
	return /\sy\s+(?:el|la|los|las|un|una|unos|unas|sus?|otros?|otras?)\s/.test(` ${plain(text)} `)
		? 'pl'
		: 'sg';
}

const CLITICS = new Set(['le', 'les', 'lo', 'la', 'los', 'las', 'se', 'me', 'te', 'nos']);

/**
 * The number of a predicate, from the verb it opens with (after any clitic: "Le describieron…"):
 * a preterite in "-ron" or an imperfect in "-ban"/"-ían", or a present in "-an"/"-en", is plural;
 * a preterite with its accent ("Publicó", "Calificó") or an imperfect in "-aba"/"-ía" is singular;
 * a participle agrees in number ("Citado", "Citados"). Other forms (the present singular "Teme",
 * which looks like many nouns) are not classified.
 */
export function verbNumber(text: string): GrammaticalNumber {
	const raw = text
		.toLowerCase()
		.replace(/^[\s"“«¿¡(]+/, '')
		.split(/[^\p{L}]+/u)
		.filter(Boolean);
	const verb = raw.find((w) => !CLITICS.has(plain(w)));
	if (!verb) return null;
	const v = plain(verb);
	if (/(ron|ban|ian)$/.test(v) || /[ai]d[oa]s$/.test(v) || (/[^aeiou][ae]n$/.test(v) && v.length >= 5))
		return 'pl';
	if (/ó$/.test(verb) || /ía$/.test(verb) || /aba$/.test(v) || /[ai]d[oa]$/.test(v)) return 'sg';
	return null;
}

/** The number the stem asks for: "¿Quiénes…?" plural, "¿Quién…?" singular; otherwise null. */
export function stemNumber(prompt: string): GrammaticalNumber {
	const p = plain(prompt);
	if (/¿\s*quienes\b/.test(p)) return 'pl';
	if (/¿\s*quien\b/.test(p)) return 'sg';
	return null;
}

const NUMBER_WORD = { sg: 'singular', pl: 'plural' } as const;
const GENDER_WORD = { m: 'masculine', f: 'feminine' } as const;

const MASCULINE = new Set('el los un unos este estos ese esos aquel aquellos otro otros'.split(' '));
const FEMININE = new Set('la las una unas esta estas esa esas aquella aquellas otra otras'.split(' '));

/** The gender of a noun phrase, from its article or demonstrative; null for anything else. */
export function nounGender(text: string): 'm' | 'f' | null {
	const [first] = words(text);
	return first && MASCULINE.has(first) ? 'm' : first && FEMININE.has(first) ? 'f' : null;
}

/** The gender of a predicate that opens with a participle ("Citado…", "Mencionadas…"). */
export function participleGender(text: string): 'm' | 'f' | null {
	const [first] = words(text);
	const m = first ? /[ai]d([oa])s?$/.exec(first) : null;
	return m ? (m[1] === 'o' ? 'm' : 'f') : null;
}

/** What the agreement check reads of a question (assessment.ts's QuestionView has these fields). */
interface Agreeable {
	id: string;
	kind: string;
	prompt: string;
	options?: { id: string; text: string }[];
	answer?: unknown;
	pairs?: { id: string; left: string; right: string }[];
}

/**
 * Agreement in number between a Spanish question's parts, where the rules above can tell (see
 * docs/authoring.md for what they cannot):
 * - match: a pair whose left (a noun phrase) and right (a predicate) differ in number is flagged;
 *   and when both the lefts and the rights mix singular and plural, number alone narrows which
 *   right can go with which left ("Tres fuentes…" can only take "Le describieron…").
 * - match, in gender: a right that opens with a participle ("Citado", "Mencionada") against a left
 *   whose article says another gender, and lefts and rights that both mix genders.
 * - single, evidence and multiple: a stem that asks "¿Quién…?" or "¿Quiénes…?" and an option whose
 *   number differs. Options that are clauses ("Las leyes no permitían…") are not checked for
 *   number: a clause's subject agrees with its own verb, not with the stem.
 */
export function agreementEs(q: Agreeable): { rule: string; question: string; message: string }[] {
	const out: string[] = [];
	if (q.kind === 'match') {
		const pairs = (q.pairs ?? []).map((p) => ({ ...p, l: nounNumber(p.left), r: verbNumber(p.right) }));
		for (const p of pairs)
			if (p.l && p.r && p.l !== p.r)
				out.push(
					`pair ${p.id}: "${p.left}" is ${NUMBER_WORD[p.l]} but its match "${p.right}" is ${NUMBER_WORD[p.r]}`
				);
		const genders = (q.pairs ?? []).map((p) => ({
			...p,
			l: nounGender(p.left),
			r: participleGender(p.right)
		}));
		for (const p of genders)
			if (p.l && p.r && p.l !== p.r)
				out.push(
					`pair ${p.id}: "${p.left}" is ${GENDER_WORD[p.l]} but its match "${p.right}" is ${GENDER_WORD[p.r]}`
				);
		if (
			new Set(genders.map((p) => p.l).filter(Boolean)).size === 2 &&
			new Set(genders.map((p) => p.r).filter(Boolean)).size === 2
		)
			out.push(
				'gender pairs the lefts with the rights (masculine and feminine participles): write every right so that it fits every left'
			);
		const lefts = new Set(pairs.map((p) => p.l).filter(Boolean));
		const rights = new Set(pairs.map((p) => p.r).filter(Boolean));
		if (lefts.size === 2 && rights.size === 2) {
			const list = (n: 'sg' | 'pl', side: 'left' | 'right') =>
				pairs
					.filter((p) => (side === 'left' ? p.l : p.r) === n)
					.map((p) => `"${p[side]}"`)
					.join(', ');
			out.push(
				`number pairs the lefts with the rights: the plural ${list('pl', 'left')} can only take the plural ${list('pl', 'right')}; write every right so that it fits every left`
			);
		}
	}
	if (q.kind === 'single' || q.kind === 'evidence' || q.kind === 'multiple') {
		const options = (q.options ?? []).map((o) => ({ ...o, n: nounNumber(o.text) }));
		const asked = stemNumber(q.prompt);
		if (asked)
			for (const o of options)
				if (o.n && o.n !== asked)
					out.push(
						`option ${o.id} "${o.text}" is ${NUMBER_WORD[o.n]}, but the stem asks "${asked === 'pl' ? '¿Quiénes' : '¿Quién'}…?"`
					);
	}
	return out.map((message) => ({ rule: 'agreement', question: q.id, message }));
}
