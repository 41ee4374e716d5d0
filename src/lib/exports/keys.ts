// Every key in every export, read back from the bytes written and compared with the quiz data.
// The readers are other people's where one exists (gift-pegjs for GIFT, exceljs for the sheets,
// fast-xml-parser for the XML formats); the expected keys come from the validated questions only.
// A mismatch throws: the build stops rather than publish a wrong key (src/lib/exports/index.ts).
import { XMLParser } from 'fast-xml-parser';
import { parse as parseGift } from 'gift-pegjs';
import { unzipSync, strFromU8 } from 'fflate';
import type { Question } from '../quiz/kinds';
import { courseId, type ExportLesson, type ExportWords } from './common';
import { ident } from './cc';
import { itemIdentifier } from './qti';

/** One key: what an item (or a part of a question) accepts as right. */
export interface Key {
	id: string;
	right: string[];
}

const sorted = (list: string[]) => [...list].sort();
const unescape = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');

/**
 * The keys a format must carry for a question, from the quiz data. `split` formats hold a match
 * question as one item per pair (Common Cartridge); `matching` ones hold order as item → place.
 */
export function expectedKeys(
	lesson: ExportLesson,
	q: Question,
	words: ExportWords,
	how: { order: 'sequence' | 'places'; match: 'pairs' | 'split'; numeric: 'range' | 'typed' }
): Key[] {
	const id = courseId(lesson.slug, q.id);
	const text = (list: { id: string; text: string }[], ids: string[]) =>
		list.filter((o) => ids.includes(o.id)).map((o) => o.text);
	switch (q.kind) {
		case 'single':
			return [{ id, right: text(q.options, [q.answer]) }];
		case 'multiple':
			return [{ id, right: sorted(text(q.options, q.answer)) }];
		case 'highlight':
			return [{ id, right: sorted(text(q.passage, q.answer)) }];
		case 'true-false':
			return [{ id, right: [q.answer ? words.true : words.false] }];
		case 'evidence':
			return [
				{ id: `${id}#a`, right: text(q.options, [q.answer]) },
				{ id: `${id}#b`, right: text(q.passages, [q.evidence]) }
			];
		case 'order':
			return [
				{
					id,
					right:
						how.order === 'sequence'
							? q.items.map((i) => i.text)
							: sorted(q.items.map((it, n) => `${it.text} → ${words.position(n + 1)}`))
				}
			];
		case 'match':
			return how.match === 'pairs'
				? [{ id, right: sorted(q.pairs.map((p) => `${p.left} → ${p.right}`)) }]
				: q.pairs.map((p) => ({ id: `${id}#${p.id}`, right: [p.right] }));
		case 'numeric':
			return [{ id, right: [`${q.answer} ± ${q.tolerance}`] }];
		case 'text':
			return [{ id, right: sorted([...q.answers]) }];
	}
}

/** Throws, naming the item, unless the keys read back are exactly the keys expected. */
export function compareKeys(
	where: string,
	expected: Key[],
	actual: Key[],
	/** How the format writes text (GIFT: runs of spaces as one), applied to the quiz's side. */
	written: (s: string) => string = (s) => s
): void {
	const got = new Map(actual.map((k) => [k.id, k]));
	expected = expected.map((k) => ({ id: k.id, right: k.right.map(written) }));
	if (actual.length !== expected.length) {
		throw new Error(
			`${where}: ${actual.length} items read back, ${expected.length} expected (${
				expected
					.map((k) => k.id)
					.filter((id) => !got.has(id))
					.join(', ') || 'extra items'
			})`
		);
	}
	for (const want of expected) {
		const have = got.get(want.id);
		if (!have) throw new Error(`${where}: item ${want.id} is missing`);
		if (JSON.stringify(have.right) !== JSON.stringify(want.right)) {
			throw new Error(
				`${where}: item ${want.id} has key ${JSON.stringify(have.right)}, the quiz says ${JSON.stringify(want.right)}`
			);
		}
	}
}

// ── GIFT, read by gift-pegjs ──────────────────────────────────────────────────────────────────

interface GiftText {
	text: string;
}
interface GiftQuestion {
	type: string;
	title: string | null;
	isTrue?: boolean;
	choices?: { isCorrect: boolean; weight: number | null; text: GiftText }[];
	matchPairs?: { subquestion: GiftText; subanswer: string }[];
	choices_num?: unknown;
}

/**
 * gift-pegjs 1.0.2 hands a matching answer back in its own escape form (`\:` as `&&058;`): decoded
 * with the parser's own table, as it decodes every other text.
 */
const pegjsDecode = (s: string) =>
	s.replace(/&&(\d{3});?/g, (_, code: string) => String.fromCharCode(Number(code)));

export function giftKeys(text: string, words: ExportWords): Key[] {
	const parsed = parseGift(text) as unknown as (GiftQuestion & Record<string, unknown>)[];
	const keys: Key[] = [];
	for (const q of parsed) {
		if (q.type === 'Category') continue;
		const id = q.title ?? '';
		const t = (x: GiftText | string) => (typeof x === 'string' ? x : x.text);
		switch (q.type) {
			case 'TF':
				keys.push({ id, right: [q.isTrue ? words.true : words.false] });
				break;
			case 'MC':
				keys.push({
					id,
					right: sorted(
						q.choices!.filter((c) => (c.weight === null ? c.isCorrect : c.weight > 0)).map((c) => t(c.text))
					)
				});
				break;
			case 'Matching':
				keys.push({
					id,
					right: sorted(q.matchPairs!.map((p) => `${t(p.subquestion)} → ${pegjsDecode(p.subanswer)}`))
				});
				break;
			case 'Short':
				if (q.choices!.some((c) => c.weight !== null && c.weight !== 100))
					throw new Error(`GIFT: ${id} has an answer without full marks`);
				keys.push({ id, right: sorted(q.choices!.map((c) => t(c.text))) });
				break;
			case 'Numerical': {
				const c = q.choices as unknown as { type: string; number: number; range: number };
				if (c.type !== 'range') throw new Error(`GIFT: ${id}'s number reads back as ${c.type}`);
				keys.push({ id, right: [`${c.number} ± ${c.range}`] });
				break;
			}
			default:
				throw new Error(`GIFT: ${id} read back as ${q.type}`);
		}
	}
	return keys;
}

// ── XML formats, read by fast-xml-parser ─────────────────────────────────────────────────────

const xml = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	textNodeName: '#text',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false,
	processEntities: true,
	isArray: (name) =>
		[
			'question',
			'answer',
			'subquestion',
			'item',
			'response_label',
			'varequal',
			'not',
			'simpleChoice',
			'hottext',
			'mapEntry',
			'value',
			'simpleAssociableChoice',
			'choiceInteraction',
			'responseDeclaration',
			'simpleMatchSet',
			'resource',
			'file'
		].includes(name)
});
const textOf = (node: unknown): string =>
	typeof node === 'string'
		? node
		: node && typeof node === 'object' && '#text' in node
			? String((node as { '#text': unknown })['#text'])
			: '';

type Node = Record<string, unknown>;

export function moodleKeys(text: string, words: ExportWords): Key[] {
	const quiz = xml.parse(text).quiz as { question: Node[] };
	const keys: Key[] = [];
	for (const q of quiz.question) {
		const type = q['@type'];
		if (type === 'category') continue;
		const id = textOf((q.name as Node).text);
		const answers = (q.answer as Node[] | undefined) ?? [];
		if (type === 'truefalse') {
			keys.push({
				id,
				right: answers
					.filter((a) => a['@fraction'] === '100')
					.map((a) => (textOf(a.text) === 'true' ? words.true : words.false))
			});
		} else if (type === 'multichoice') {
			keys.push({
				id,
				right: sorted(answers.filter((a) => Number(a['@fraction']) > 0).map((a) => textOf(a.text)))
			});
		} else if (type === 'matching') {
			keys.push({
				id,
				right: sorted(
					(q.subquestion as Node[]).map((s) => `${textOf(s.text)} → ${textOf((s.answer as Node[])[0]!.text)}`)
				)
			});
		} else if (type === 'numerical') {
			const a = answers[0]!;
			if (answers.length !== 1 || a['@fraction'] !== '100')
				throw new Error(`Moodle XML: ${id}'s number is not the one full-mark answer`);
			keys.push({ id, right: [`${Number(textOf(a.text))} ± ${Number(textOf(a.tolerance))}`] });
		} else if (type === 'shortanswer') {
			if (answers.some((a) => a['@fraction'] !== '100'))
				throw new Error(`Moodle XML: ${id} has an answer without full marks`);
			keys.push({
				id,
				right: sorted(answers.filter((a) => a['@fraction'] === '100').map((a) => textOf(a.text)))
			});
		} else throw new Error(`Moodle XML: ${id} has type ${String(type)}`);
	}
	return keys;
}

/** QTI 2.1 items: the key each item's declarations and response processing give. */
export function qtiKeys(files: Record<string, Uint8Array>, lesson: ExportLesson): Key[] {
	const keys: Key[] = [];
	for (const q of lesson.questions) {
		const path = `items/${lesson.slug}/${q.id}.xml`;
		const file = files[path];
		if (!file) throw new Error(`QTI: ${path} is missing`);
		const item = xml.parse(strFromU8(file)).assessmentItem as Node;
		if (item['@identifier'] !== itemIdentifier(lesson.slug, q.id))
			throw new Error(`QTI: ${path} has identifier ${String(item['@identifier'])}`);
		const id = String(item['@label']);
		const decls = item.responseDeclaration as Node[];
		const correct = (d: Node) => ((d.correctResponse as Node).value as unknown[]).map(textOf);
		const body = item.itemBody as Node;
		const choices = (list: Node[]) =>
			new Map(list.map((c) => [String(c['@identifier']), unescape(textOf(c))]));
		const interaction = (name: string) => body[name] as Node;
		const tick = (d: Node) =>
			((d.mapping as Node).mapEntry as Node[])
				.filter((m) => Number(m['@mappedValue']) > 0)
				.map((m) => String(m['@mapKey']));
		switch (q.kind) {
			case 'single':
			case 'true-false': {
				const c = choices((interaction('choiceInteraction') as unknown as Node[])[0]!.simpleChoice as Node[]);
				keys.push({ id, right: correct(decls[0]!).map((k) => c.get(k)!) });
				break;
			}
			case 'multiple': {
				const c = choices((interaction('choiceInteraction') as unknown as Node[])[0]!.simpleChoice as Node[]);
				const right = correct(decls[0]!);
				if (JSON.stringify(sorted(tick(decls[0]!))) !== JSON.stringify(sorted(right)))
					throw new Error(`QTI: ${id}'s mapping and correct response differ`);
				keys.push({ id, right: sorted(right.map((k) => c.get(k)!)) });
				break;
			}
			case 'highlight': {
				const h = interaction('hottextInteraction');
				const c = choices((h.p as Node).hottext as Node[]);
				const right = correct(decls[0]!);
				if (JSON.stringify(sorted(tick(decls[0]!))) !== JSON.stringify(sorted(right)))
					throw new Error(`QTI: ${id}'s mapping and correct response differ`);
				keys.push({ id, right: sorted(right.map((k) => c.get(k)!)) });
				break;
			}
			case 'order': {
				const c = choices(interaction('orderInteraction').simpleChoice as Node[]);
				keys.push({ id, right: correct(decls[0]!).map((k) => c.get(k)!) });
				break;
			}
			case 'match': {
				const sets = interaction('matchInteraction').simpleMatchSet as Node[];
				const left = choices(sets[0]!.simpleAssociableChoice as Node[]);
				const right = choices(sets[1]!.simpleAssociableChoice as Node[]);
				const pairs = tick(decls[0]!).map((p) => p.split(' ') as [string, string]);
				keys.push({ id, right: sorted(pairs.map(([l, r]) => `${left.get(l)} → ${right.get(r)}`)) });
				break;
			}
			case 'numeric': {
				const rp = xml.parse(strFromU8(file)).assessmentItem.responseProcessing.responseCondition.responseIf
					.and.equal as Node;
				const tol = String(rp['@tolerance']).split(' ');
				if (tol[0] !== tol[1]) throw new Error(`QTI: ${id}'s tolerance is not symmetric`);
				keys.push({ id, right: [`${Number(correct(decls[0]!)[0])} ± ${Number(tol[0])}`] });
				break;
			}
			case 'text':
				keys.push({ id, right: sorted(tick(decls[0]!).map(unescape)) });
				break;
			case 'evidence': {
				const [a, b] = interaction('choiceInteraction') as unknown as Node[];
				keys.push(
					{ id: `${id}#a`, right: correct(decls[0]!).map((k) => choices(a!.simpleChoice as Node[]).get(k)!) },
					{ id: `${id}#b`, right: correct(decls[1]!).map((k) => choices(b!.simpleChoice as Node[]).get(k)!) }
				);
				break;
			}
		}
	}
	return keys;
}

/** A Common Cartridge assessment's items, as keys (match items per pair; order decoded from its letters). */
export function ccKeys(text: string): { keys: Key[]; accepted: Map<string, string[]> } {
	const root = xml.parse(text).questestinterop as Node;
	const section = (root.assessment as Node).section as Node;
	const keys: Key[] = [];
	const accepted = new Map<string, string[]>();
	for (const item of section.item as Node[]) {
		const id = String(item['@title']);
		if (item['@ident'] !== ident(id)) throw new Error(`CC: ${id} has ident ${String(item['@ident'])}`);
		const fields = ((item.itemmetadata as Node).qtimetadata as Node).qtimetadatafield as unknown as Node[];
		const profile = textOf(fields.find((f) => f.fieldlabel === 'cc_profile')!.fieldentry);
		const presentation = item.presentation as Node;
		const prompt = textOf((presentation.material as Node).mattext);
		const conds = ((item.resprocessing as Node).respcondition as unknown as Node[]).find(
			(c) => c['@continue'] === 'No'
		)!;
		const cv = conds.conditionvar as Node;
		if (profile === 'cc.fib.v0p1') {
			const typed = ((cv.or as Node).varequal as unknown[]).map(textOf);
			accepted.set(id, typed);
			const lines = [...prompt.matchAll(/^([A-Z])\. (.*)$/gm)];
			if (lines.length) {
				const byLetter = new Map(lines.map((m) => [m[1]!, m[2]!]));
				keys.push({ id, right: [...typed[0]!].map((l) => byLetter.get(l)!) });
			} else keys.push({ id, right: sorted(typed) });
			continue;
		}
		const labels = new Map(
			((presentation.response_lid as Node).render_choice as Node).response_label
				? (((presentation.response_lid as Node).render_choice as Node).response_label as Node[]).map((l) => [
						String(l['@ident']),
						textOf((l.material as Node).mattext)
					])
				: []
		);
		const right = (cv.and ? ((cv.and as Node).varequal as unknown[]) : (cv.varequal as unknown[])).map(
			textOf
		);
		if (cv.and) {
			const wrong = (((cv.and as Node).not as Node[]) ?? []).flatMap((n) =>
				(n.varequal as unknown[]).map(textOf)
			);
			if (right.length + wrong.length !== labels.size)
				throw new Error(`CC: ${id}'s condition does not name every option`);
		}
		keys.push({
			id,
			right:
				profile === 'cc.multiple_response.v0p1'
					? sorted(right.map((r) => labels.get(r)!))
					: right.map((r) => labels.get(r)!)
		});
	}
	return { keys, accepted };
}

export const unzip = (bytes: Uint8Array) => unzipSync(bytes);
