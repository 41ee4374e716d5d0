// QTI 2.1 (IMS Question and Test Interoperability): one item per question and one test per lesson,
// in one content package per language. QTI holds every kind: evidence is one item with two
// interactions scored as the site scores it (the passage counts only with the right answer),
// highlight is a hottext interaction over the passage, multiple response and match are mapped
// +1/−1 with a floor of zero. Only order loses its partial credit (match_correct: all or nothing).
import {
	courseId,
	escapeXml as x,
	paragraphUrl,
	type ExportLesson,
	type ExportWords,
	type Loss
} from './common';
import type { Question } from '../quiz/kinds';

const NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const SCHEMA = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';

/** An NCName from a course id: lesson and question ids are lowercase letters, digits and hyphens. */
export const itemIdentifier = (slug: string, id: string) => `item.${slug}.${id}`;
export const choiceIdentifier = (id: string) => `c.${id}`;

const paragraphs = (s: string) =>
	s
		.split(/\n{2,}/)
		.map((p) => `<p>${x(p)}</p>`)
		.join('');
const value = (v: string | number, baseType = 'identifier') =>
	`<baseValue baseType="${baseType}">${v}</baseValue>`;
const set = (id: string, expr: string) => `<setOutcomeValue identifier="${id}">${expr}</setOutcomeValue>`;
const score = (n: number) => set('SCORE', value(n, 'float'));
const matches = (r: string) => `<match><variable identifier="${r}"/><correct identifier="${r}"/></match>`;
const ifElse = (cond: string, then: string, otherwise: string) =>
	`<responseCondition><responseIf>${cond}${then}</responseIf><responseElse>${otherwise}</responseElse></responseCondition>`;
const mapped = (r: string) =>
	ifElse(
		`<isNull><variable identifier="${r}"/></isNull>`,
		score(0),
		set('SCORE', `<mapResponse identifier="${r}"/>`)
	);
const choicesOf = (list: readonly { id: string; text: string }[], fixed = false) =>
	list
		.map(
			(c) =>
				`<simpleChoice identifier="${choiceIdentifier(c.id)}"${fixed ? ' fixed="true"' : ''}>${x(c.text)}</simpleChoice>`
		)
		.join('');

interface Parts {
	declarations: string;
	body: string;
	processing: string;
	max: number;
}

function parts(q: Question, words: ExportWords, lose: (code: Loss['code']) => void): Parts {
	const prompt = `<prompt>${x(q.prompt)}</prompt>`;
	const lead = q.invented?.text && q.kind !== 'highlight' ? paragraphs(q.invented.text) : '';
	const decl = (id: string, cardinality: string, baseType: string, correct: string[], mapping = '') =>
		`<responseDeclaration identifier="${id}" cardinality="${cardinality}" baseType="${baseType}"><correctResponse>${correct.map((c) => `<value>${x(c)}</value>`).join('')}</correctResponse>${mapping}</responseDeclaration>`;
	const tick = (right: string[], all: string[]) =>
		`<mapping lowerBound="0" upperBound="${right.length}" defaultValue="0">${all
			.map((c) => `<mapEntry mapKey="${c}" mappedValue="${right.includes(c) ? 1 : -1}"/>`)
			.join('')}</mapping>`;
	switch (q.kind) {
		case 'single':
			return {
				declarations: decl('RESPONSE', 'single', 'identifier', [choiceIdentifier(q.answer)]),
				body: `${lead}<choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="1">${prompt}${choicesOf(q.options)}</choiceInteraction>`,
				processing: ifElse(matches('RESPONSE'), score(1), score(0)),
				max: 1
			};
		case 'true-false':
			return {
				declarations: decl('RESPONSE', 'single', 'identifier', [q.answer ? 'true' : 'false']),
				body: `${lead}<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">${prompt}<simpleChoice identifier="true">${x(words.true)}</simpleChoice><simpleChoice identifier="false">${x(words.false)}</simpleChoice></choiceInteraction>`,
				processing: ifElse(matches('RESPONSE'), score(1), score(0)),
				max: 1
			};
		case 'multiple': {
			const right = q.answer.map(choiceIdentifier);
			return {
				declarations: decl(
					'RESPONSE',
					'multiple',
					'identifier',
					right,
					tick(
						right,
						q.options.map((o) => choiceIdentifier(o.id))
					)
				),
				body: `${lead}<choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="0">${prompt}${choicesOf(q.options)}</choiceInteraction>`,
				processing: mapped('RESPONSE'),
				max: q.answer.length
			};
		}
		case 'highlight': {
			const right = q.answer.map(choiceIdentifier);
			const text = q.passage
				.map((p) => `<hottext identifier="${choiceIdentifier(p.id)}">${x(p.text)}</hottext>`)
				.join(' ');
			return {
				declarations: decl(
					'RESPONSE',
					'multiple',
					'identifier',
					right,
					tick(
						right,
						q.passage.map((p) => choiceIdentifier(p.id))
					)
				),
				body: `<hottextInteraction responseIdentifier="RESPONSE" maxChoices="0">${prompt}<p>${text}</p></hottextInteraction>`,
				processing: mapped('RESPONSE'),
				max: q.answer.length
			};
		}
		case 'order':
			lose('order-all-or-nothing');
			return {
				declarations: decl(
					'RESPONSE',
					'ordered',
					'identifier',
					q.items.map((i) => choiceIdentifier(i.id))
				),
				body: `${lead}<orderInteraction responseIdentifier="RESPONSE" shuffle="true">${prompt}${choicesOf(q.items)}</orderInteraction>`,
				processing: ifElse(matches('RESPONSE'), score(q.items.length - 1), score(0)),
				max: q.items.length - 1
			};
		case 'match': {
			const pairs = q.pairs.map((p) => `L.${p.id} R.${p.id}`);
			const all = q.pairs.flatMap((l) => q.pairs.map((r) => `L.${l.id} R.${r.id}`));
			return {
				declarations: decl(
					'RESPONSE',
					'multiple',
					'directedPair',
					pairs,
					`<mapping lowerBound="0" upperBound="${pairs.length}" defaultValue="0">${all
						.filter((p) => pairs.includes(p))
						.map((p) => `<mapEntry mapKey="${p}" mappedValue="1"/>`)
						.join('')}</mapping>`
				),
				body: `${lead}<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${q.pairs.length}">${prompt}<simpleMatchSet>${q.pairs
					.map(
						(p) =>
							`<simpleAssociableChoice identifier="L.${p.id}" matchMax="1">${x(p.left)}</simpleAssociableChoice>`
					)
					.join('')}</simpleMatchSet><simpleMatchSet>${q.pairs
					.map(
						(p) =>
							`<simpleAssociableChoice identifier="R.${p.id}" matchMax="${q.pairs.length}">${x(p.right)}</simpleAssociableChoice>`
					)
					.join('')}</simpleMatchSet></matchInteraction>`,
				processing: mapped('RESPONSE'),
				max: q.pairs.length
			};
		}
		case 'numeric':
			return {
				declarations: decl('RESPONSE', 'single', 'float', [String(q.answer)]),
				body: `${lead}${paragraphs(q.prompt)}<p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="12"/>${q.unit ? ` ${x(q.unit)}` : ''}</p>`,
				processing: ifElse(
					`<and><not><isNull><variable identifier="RESPONSE"/></isNull></not><equal toleranceMode="absolute" tolerance="${q.tolerance} ${q.tolerance}"><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></equal></and>`,
					score(1),
					score(0)
				),
				max: 1
			};
		case 'text':
			lose('text-folding');
			return {
				declarations: decl(
					'RESPONSE',
					'single',
					'string',
					[q.answers[0]!],
					`<mapping lowerBound="0" upperBound="1" defaultValue="0">${q.answers
						.map((a) => `<mapEntry mapKey="${x(a)}" mappedValue="1" caseSensitive="false"/>`)
						.join('')}</mapping>`
				),
				body: `${lead}${paragraphs(q.prompt)}<p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="30"/></p>`,
				processing: mapped('RESPONSE'),
				max: 1
			};
		case 'evidence':
			return {
				declarations:
					decl('RESPONSE_A', 'single', 'identifier', [choiceIdentifier(q.answer)]) +
					decl('RESPONSE_B', 'single', 'identifier', [choiceIdentifier(q.evidence)]),
				body: `${lead}<choiceInteraction responseIdentifier="RESPONSE_A" shuffle="true" maxChoices="1"><prompt>${x(`${words.partA}: ${q.prompt}`)}</prompt>${choicesOf(q.options)}</choiceInteraction><choiceInteraction responseIdentifier="RESPONSE_B" shuffle="true" maxChoices="1"><prompt>${x(`${words.partB}: ${q.evidencePrompt}`)}</prompt>${choicesOf(q.passages)}</choiceInteraction>`,
				processing: ifElse(
					matches('RESPONSE_A'),
					ifElse(matches('RESPONSE_B'), score(2), score(1)),
					score(0)
				),
				max: 2
			};
	}
}

/** One question as a QTI 2.1 assessmentItem. */
export function qtiItem(lesson: ExportLesson, q: Question, words: ExportWords, losses: Loss[]): string {
	const p = parts(q, words, (code) =>
		losses.push({ format: 'qti', lesson: lesson.slug, question: q.id, code })
	);
	const link = paragraphUrl(lesson, q);
	const id = courseId(lesson.slug, q.id);
	return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${NS} ${SCHEMA}" identifier="${itemIdentifier(lesson.slug, q.id)}" title="${x(id)}" label="${x(id)}" xml:lang="${lesson.language}" adaptive="false" timeDependent="false">
${p.declarations}
<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float" normalMaximum="${p.max}"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>
<outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float"><defaultValue><value>${p.max}</value></defaultValue></outcomeDeclaration>
<outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>
<itemBody>${p.body}</itemBody>
<responseProcessing>${p.processing}${set('FEEDBACK', value('explanation'))}</responseProcessing>
<modalFeedback outcomeIdentifier="FEEDBACK" identifier="explanation" showHide="show"><p>${x(q.explanation)}</p><p><a href="${x(link)}">${x(words.reading)}</a></p></modalFeedback>
</assessmentItem>
`;
}

/** A lesson's test: one section, its items in order, SCORE the sum of theirs. */
export function qtiTest(lesson: ExportLesson, hrefs: { id: string; href: string }[]): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentTest xmlns="${NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${NS} ${SCHEMA}" identifier="test.${lesson.slug}" title="${x(lesson.title)}">
<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
<testPart identifier="part.${lesson.slug}" navigationMode="nonlinear" submissionMode="simultaneous">
<assessmentSection identifier="section.${lesson.slug}" title="${x(lesson.title)}" visible="true">
${hrefs.map((h) => `<assessmentItemRef identifier="${h.id}" href="${h.href}"/>`).join('\n')}
</assessmentSection>
</testPart>
<outcomeProcessing>${set('SCORE', '<sum><testVariables variableIdentifier="SCORE"/></sum>')}</outcomeProcessing>
</assessmentTest>
`;
}

/** The course's QTI 2.1 content package: every item and one test per lesson, as files. */
export function qtiPackage(
	course: ExportLesson[],
	words: ExportWords,
	language: string
): { files: Record<string, string>; losses: Loss[] } {
	const losses: Loss[] = [];
	const files: Record<string, string> = {};
	const resources: string[] = [];
	for (const lesson of course) {
		const refs = lesson.questions.map((q) => {
			const id = itemIdentifier(lesson.slug, q.id);
			const href = `items/${lesson.slug}/${q.id}.xml`;
			files[href] = qtiItem(lesson, q, words, losses);
			resources.push(
				`<resource identifier="res.${id}" type="imsqti_item_xmlv2p1" href="${href}"><file href="${href}"/></resource>`
			);
			return { id, href: `../${href}` };
		});
		const testHref = `tests/${lesson.slug}.xml`;
		files[testHref] = qtiTest(lesson, refs);
		resources.push(
			`<resource identifier="res.test.${lesson.slug}" type="imsqti_test_xmlv2p1" href="${testHref}"><file href="${testHref}"/>${refs
				.map((r) => `<dependency identifierref="res.${r.id}"/>`)
				.join('')}</resource>`
		);
	}
	files['imsmanifest.xml'] = `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd" identifier="news-lessons-qti-${language}">
<metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>
<organizations/>
<resources>
${resources.join('\n')}
</resources>
</manifest>
`;
	return { files, losses };
}
