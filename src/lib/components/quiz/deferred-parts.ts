// What ./deferred.svelte.ts loads on demand: one file, so the parts arrive together.
export { default as Feedback } from '../questions/Feedback.svelte';
export { default as Mark } from '../questions/Mark.svelte';
export { default as Pager } from './Pager.svelte';
export { default as QuizNav } from './QuizNav.svelte';
export { default as QuizResults } from './QuizResults.svelte';
export { default as SubmitBar } from './SubmitBar.svelte';
