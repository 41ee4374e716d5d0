// The component for each question kind: one table, so a kind without a component fails the type
// check instead of rendering nothing. `marksKey`: after checking, the component itself shows where
// the right answer is (ticks on choices, places in a list), so the feedback need not say it again.
import type { Component } from 'svelte';
import type { Kind } from '../../quiz/kinds';
import EvidenceQuestion from './EvidenceQuestion.svelte';
import HighlightQuestion from './HighlightQuestion.svelte';
import MatchQuestion from './MatchQuestion.svelte';
import MultipleQuestion from './MultipleQuestion.svelte';
import NumericQuestion from './NumericQuestion.svelte';
import OrderQuestion from './OrderQuestion.svelte';
import SingleQuestion from './SingleQuestion.svelte';
import TextQuestion from './TextQuestion.svelte';
import TrueFalseQuestion from './TrueFalseQuestion.svelte';
import type { QuestionProps } from './types';

export const components: { [K in Kind]: { component: Component<QuestionProps<K>>; marksKey: boolean } } = {
	single: { component: SingleQuestion, marksKey: true },
	multiple: { component: MultipleQuestion, marksKey: true },
	'true-false': { component: TrueFalseQuestion, marksKey: true },
	order: { component: OrderQuestion, marksKey: true },
	match: { component: MatchQuestion, marksKey: true },
	numeric: { component: NumericQuestion, marksKey: false },
	text: { component: TextQuestion, marksKey: false },
	evidence: { component: EvidenceQuestion, marksKey: true },
	highlight: { component: HighlightQuestion, marksKey: true }
};
