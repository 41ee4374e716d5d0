// Entry of a lesson's SCORM 1.2 package: the reading and the quiz, mounted without SvelteKit.
import '../app.css';
import { mount } from 'svelte';
import { lesson, Reading } from 'virtual:scorm-lesson';
import ScormLesson from './ScormLesson.svelte';

mount(ScormLesson, { target: document.getElementById('app')!, props: { lesson, Reading } });
