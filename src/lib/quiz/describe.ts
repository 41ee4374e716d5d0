// A response and a question's key, said in words: for the test-mode review and the answer key.
import { t } from '../i18n';
import { formatNumber } from './numbers';
import type { Question, Response } from './schema';
import { keyResponse } from './score';

const textOf = (list: readonly { id: string; text: string }[], id: string | undefined) =>
	list.find((x) => x.id === id)?.text;

/** The learner's response in words, or null when it says nothing about this question. */
export function describe(q: Question, r: Response | undefined | null): string | null {
	if (!r || r.kind !== q.kind) return null;
	switch (q.kind) {
		case 'single':
			return r.kind === 'single' ? (textOf(q.options, r.choice) ?? null) : null;
		case 'multiple': {
			if (r.kind !== 'multiple') return null;
			const texts = q.options.filter((o) => r.choices.includes(o.id)).map((o) => o.text);
			return texts.length ? texts.join('; ') : null;
		}
		case 'true-false':
			return r.kind === 'true-false' ? (r.value ? t.quiz.true : t.quiz.false) : null;
		case 'order': {
			if (r.kind !== 'order') return null;
			const texts = r.order.map((id) => textOf(q.items, id)).filter(Boolean);
			return texts.length ? texts.join(' → ') : null;
		}
		case 'match': {
			if (r.kind !== 'match') return null;
			const parts = q.pairs
				.filter((p) => r.pairs[p.id])
				.map((p) => `${p.left} → ${q.pairs.find((x) => x.id === r.pairs[p.id])?.right ?? '?'}`);
			return parts.length ? parts.join('; ') : null;
		}
		case 'numeric':
			return r.kind === 'numeric' && Number.isFinite(r.value)
				? formatNumber(r.value) + (q.unit ? ` ${q.unit}` : '')
				: null;
		case 'text':
			return r.kind === 'text' && r.value.trim() ? r.value.trim() : null;
		case 'evidence': {
			if (r.kind !== 'evidence') return null;
			const parts = [textOf(q.options, r.choice), textOf(q.passages, r.evidence)].filter(Boolean);
			return parts.length ? parts.join(' — ') : null;
		}
	}
}

/** The right answer in words. */
export function describeKey(q: Question): string {
	const key = describe(q, keyResponse(q)) ?? '';
	if (q.kind === 'numeric' && q.tolerance > 0) return `${key} (± ${formatNumber(q.tolerance)})`;
	return key;
}
