// IMS Common Cartridge 1.3, one per language: a module per lesson with its reading (a web link)
// and its quiz (an assessment in the cartridge's QTI 1.2.1 profile, which Canvas, Schoology,
// Blackboard, D2L and Moodle import as a quiz). The profile has single and multiple response,
// true/false and fill-in-the-blank only, so the other kinds are mapped (common.ts's losses):
// evidence → two linked items, highlight → multiple response over the parts, match → one item per
// term, order → the letters typed in order, numeric → the accepted numbers typed.
import { engines, type Question } from '../quiz/kinds';
import {
	asChoices,
	courseId,
	escapeXml as x,
	feedbackText,
	letter,
	paragraphUrl,
	promptOf,
	type ExportLesson,
	type ExportWords,
	type Loss
} from './common';

export const CC_NS = 'http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1';
export const QTI12_NS = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';
export const WL_NS = 'http://www.imsglobal.org/xsd/imsccv1p3/imswl_v1p3';

/** What one CC item asks and accepts: the read-back checks compare exactly this. */
export interface CcItem {
	id: string;
	profile: 'cc.multiple_choice.v0p1' | 'cc.multiple_response.v0p1' | 'cc.true_false.v0p1' | 'cc.fib.v0p1';
	prompt: string;
	options: string[];
	/** Indexes of the right options (choice items). */
	correct: number[];
	/** Accepted typed answers (fill-in-the-blank). */
	accepted: string[];
	feedback: string;
}

/** Numbers a learner might type for a numeric answer: exact, and grouped as English and Spanish write them. */
export function typedNumbers(q: Extract<Question, { kind: 'numeric' }>): {
	accepted: string[];
	exact: boolean;
} {
	const values: number[] = [];
	const whole = Number.isInteger(q.answer) && Number.isInteger(q.tolerance);
	if (q.tolerance === 0) values.push(q.answer);
	else if (whole && q.tolerance <= 10)
		for (let v = q.answer - q.tolerance; v <= q.answer + q.tolerance; v++) values.push(v);
	else values.push(q.answer);
	// Whole numbers also as written with thousands separators (225,000 and 225.000); decimals also
	// with a decimal comma (2,5). Never a rounded form: every string accepted is the number itself.
	const forms = (v: number) =>
		Number.isSafeInteger(v)
			? [String(v), v.toLocaleString('en-US'), v.toLocaleString('en-US').replace(/,/g, '.')]
			: String(v).includes('e')
				? [String(v)]
				: [String(v), String(v).replace('.', ',')];
	const accepted = [...new Set(values.flatMap(forms))];
	return { accepted, exact: q.tolerance === 0 || (whole && q.tolerance <= 10) };
}

/** Ways of typing an order's letters that are accepted: ACBD, A C B D, A,C,B,D, A, C, B, D. */
export const typedLetters = (letters: string[]) => [
	...new Set([letters.join(''), letters.join(' '), letters.join(','), letters.join(', ')])
];

export function ccItems(
	lesson: ExportLesson,
	q: Question,
	words: ExportWords,
	lose: (code: Loss['code']) => void
): CcItem[] {
	const id = courseId(lesson.slug, q.id);
	const feedback = feedbackText(q, paragraphUrl(lesson, q), words);
	const choices = asChoices(lesson, q, words);
	if (choices) {
		if (q.kind === 'evidence') lose('evidence-split');
		if (q.kind === 'highlight') lose('highlight-list');
		if (q.kind === 'multiple' || q.kind === 'highlight') lose('multiple-all-or-nothing');
		return choices.map((c) => ({
			id: c.id,
			profile:
				q.kind === 'true-false'
					? 'cc.true_false.v0p1'
					: c.multiple
						? 'cc.multiple_response.v0p1'
						: 'cc.multiple_choice.v0p1',
			prompt: c.prompt,
			options: c.options,
			correct: c.correct,
			accepted: [],
			feedback
		}));
	}
	switch (q.kind) {
		case 'match': {
			lose('match-split');
			const rights = engines.match.displayOrder(q, null).choices;
			return q.pairs.map((p) => ({
				id: `${id}#${p.id}`,
				profile: 'cc.multiple_choice.v0p1' as const,
				prompt: `${promptOf(q)}\n\n${words.matchPrompt(p.left)}`,
				options: rights.map((r) => q.pairs.find((x) => x.id === r)!.right),
				correct: [rights.indexOf(p.id)],
				accepted: [],
				feedback
			}));
		}
		case 'order': {
			lose('order-letters');
			const shown = engines.order.displayOrder(q, null).choices;
			const text = (i: string) => q.items.find((it) => it.id === i)!.text;
			const letters = q.items.map((it) => letter(shown.indexOf(it.id)));
			return [
				{
					id,
					profile: 'cc.fib.v0p1',
					prompt: `${promptOf(q)}\n\n${shown.map((s, i) => `${letter(i)}. ${text(s)}`).join('\n')}\n\n${words.orderHow}`,
					options: [],
					correct: [],
					accepted: typedLetters(letters),
					feedback
				}
			];
		}
		case 'numeric': {
			const typed = typedNumbers(q);
			if (!typed.exact) lose('numeric-tolerance');
			if (q.unit) lose('numeric-unit');
			return [
				{
					id,
					profile: 'cc.fib.v0p1',
					prompt: q.unit ? `${promptOf(q)} ${words.inUnit(q.unit)}` : promptOf(q),
					options: [],
					correct: [],
					accepted: typed.accepted,
					feedback
				}
			];
		}
		case 'text':
			lose('text-folding');
			return [
				{
					id,
					profile: 'cc.fib.v0p1',
					prompt: promptOf(q),
					options: [],
					correct: [],
					accepted: [...q.answers],
					feedback
				}
			];
		default:
			return [];
	}
}

const field = (label: string, entry: string) =>
	`<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${x(entry)}</fieldentry></qtimetadatafield>`;
const mat = (s: string) => `<material><mattext texttype="text/plain">${x(s)}</mattext></material>`;
/** A QTI 1.2 ident from a course id (letters, digits, `_`, `-`, `.`). */
export const ident = (id: string) => `i_${id.replace(/[^a-z0-9-]/g, '_')}`;

function itemXml(item: CcItem): string {
	const label = (i: number) => `o${i}`;
	const presentation =
		item.profile === 'cc.fib.v0p1'
			? `<response_str ident="response1" rcardinality="Single"><render_fib><response_label ident="answer1"/></render_fib></response_str>`
			: `<response_lid ident="response1" rcardinality="${item.profile === 'cc.multiple_response.v0p1' ? 'Multiple' : 'Single'}"><render_choice>${item.options
					.map((o, i) => `<response_label ident="${label(i)}">${mat(o)}</response_label>`)
					.join('')}</render_choice></response_lid>`;
	const condition =
		item.profile === 'cc.fib.v0p1'
			? `<or>${item.accepted.map((a) => `<varequal respident="response1" case="No">${x(a)}</varequal>`).join('')}</or>`
			: item.profile === 'cc.multiple_response.v0p1'
				? `<and>${item.options
						.map((_, i) =>
							item.correct.includes(i)
								? `<varequal respident="response1">${label(i)}</varequal>`
								: `<not><varequal respident="response1">${label(i)}</varequal></not>`
						)
						.join('')}</and>`
				: `<varequal respident="response1">${label(item.correct[0]!)}</varequal>`;
	return `<item ident="${ident(item.id)}" title="${x(item.id)}"><itemmetadata><qtimetadata>${field('cc_profile', item.profile)}${field('cc_weighting', '1')}</qtimetadata></itemmetadata><presentation>${mat(item.prompt)}${presentation}</presentation><resprocessing><outcomes><decvar varname="SCORE" vartype="Decimal" minvalue="0" maxvalue="100"/></outcomes><respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition><respcondition continue="No"><conditionvar>${condition}</conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition></resprocessing><itemfeedback ident="general_fb"><flow_mat><material><mattext texttype="text/plain">${x(item.feedback)}</mattext></material></flow_mat></itemfeedback></item>`;
}

export function ccAssessment(lesson: ExportLesson, words: ExportWords, losses: Loss[]): string {
	const items = lesson.questions.flatMap((q) =>
		ccItems(lesson, q, words, (code) =>
			losses.push({ format: 'cc', lesson: lesson.slug, question: q.id, code })
		)
	);
	return `<?xml version="1.0" encoding="UTF-8"?>
<questestinterop xmlns="${QTI12_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI12_NS} http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_qtiasiv1p2p1_v1p0.xsd">
<assessment ident="${ident(`quiz-${lesson.slug}`)}" title="${x(lesson.title)}">
<qtimetadata>${field('cc_profile', 'cc.exam.v0p1')}${field('qmd_assessmenttype', 'Examination')}${field('qmd_scoretype', 'Percentage')}${field('cc_maxattempts', 'unlimited')}</qtimetadata>
<section ident="root_section">
${items.map(itemXml).join('\n')}
</section>
</assessment>
</questestinterop>
`;
}

export const webLink = (title: string, url: string) => `<?xml version="1.0" encoding="UTF-8"?>
<webLink xmlns="${WL_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${WL_NS} http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_imswl_v1p3.xsd">
<title>${x(title)}</title>
<url href="${x(url)}" target="_blank"/>
</webLink>
`;

/** The cartridge's files: the manifest, and per lesson its web link and its assessment. */
export function cartridge(
	course: ExportLesson[],
	words: ExportWords & { courseTitle: string; quiz: string },
	language: string
): { files: Record<string, string>; losses: Loss[] } {
	const losses: Loss[] = [];
	const files: Record<string, string> = {};
	const modules: string[] = [];
	const resources: string[] = [];
	for (const lesson of course) {
		const s = lesson.slug;
		files[`${s}/reading.xml`] = webLink(lesson.title, lesson.url);
		files[`${s}/assessment.xml`] = ccAssessment(lesson, words, losses);
		modules.push(
			`<item identifier="module_${s}"><title>${x(lesson.title)}</title><item identifier="reading_${s}" identifierref="res_reading_${s}"><title>${x(`${words.reading}: ${lesson.title}`)}</title></item><item identifier="quiz_${s}" identifierref="res_quiz_${s}"><title>${x(`${words.quiz}: ${lesson.title}`)}</title></item></item>`
		);
		resources.push(
			`<resource identifier="res_reading_${s}" type="imswl_xmlv1p3"><file href="${s}/reading.xml"/></resource>`,
			`<resource identifier="res_quiz_${s}" type="imsqti_xmlv1p2/imscc_xmlv1p3/assessment"><file href="${s}/assessment.xml"/></resource>`
		);
	}
	files['imsmanifest.xml'] = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="news-lessons-cc-${language}" xmlns="${CC_NS}" xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${CC_NS} http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_imscp_v1p2_v1p0.xsd http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest http://www.imsglobal.org/profile/cc/ccv1p3/LOM/ccv1p3_lommanifest_v1p0.xsd">
<metadata><schema>IMS Common Cartridge</schema><schemaversion>1.3.0</schemaversion><lomimscc:lom><lomimscc:general><lomimscc:title><lomimscc:string language="${language}">${x(words.courseTitle)}</lomimscc:string></lomimscc:title><lomimscc:language>${language}</lomimscc:language></lomimscc:general></lomimscc:lom></metadata>
<organizations><organization identifier="organization" structure="rooted-hierarchy"><item identifier="root">${modules.join('')}</item></organization></organizations>
<resources>
${resources.join('\n')}
</resources>
</manifest>
`;
	return { files, losses };
}
