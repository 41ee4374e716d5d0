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
