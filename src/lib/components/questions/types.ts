// What every question component takes, so Question.svelte can hand them the same props.
import type { DisplayOrder } from '../../quiz/display';
import type { Kind, QuestionOf, Response } from '../../quiz/kinds';

export interface QuestionProps<K extends Kind> {
	question: QuestionOf<K>;
	/** The current response; one of another kind (stale saved data) counts as none. */
	response: Response | undefined;
	/** Locked: checked in practice, submitted, or the quiz's script is not running yet. */
	disabled?: boolean;
	/** Show which choices were right (after the answer is locked). */
	reveal?: boolean;
	/** The on-screen order of choices. */
	order: DisplayOrder;
	/** Unique prefix for input names and element ids on this page. */
	name: string;
	/** The new response, or null when the learner cleared it. */
	onchange: (response: Response | null) => void;
}
