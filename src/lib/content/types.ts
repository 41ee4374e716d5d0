import type { Diagram } from '../diagrams/types';
import type { Quiz } from '../quiz/schema';

export interface Term {
	term: string;
	definition: string;
	/** The id of the paragraph of the reading where the term is used (the glossary links there). */
	paragraph: string;
}

/** One lesson, checked: what the build hands to pages. */
export interface Lesson {
	slug: string;
	/** The folder's two-digit number: the course order. */
	order: number;
	title: string;
	summary: string;
	objectives: string[];
	terms: Term[];
	teacher: {
		prompts: string[];
		extension?: string;
		/** The wrong idea a wrong option of a choice question stands for (item analysis). */
		misconceptions?: { question: string; option: string; idea: string }[];
	};
	words: number;
	/** Reading time, from the word count. */
	minutes: number;
	/** Paragraph ids of the reading, in order. */
	paragraphs: string[];
	/** Each paragraph's section: the heading it comes under (none before the first heading). */
	sections?: Record<string, string>;
	/** The reading's diagrams (diagrams.yaml), each placed by a `{diagram id}` paragraph. */
	diagrams: Diagram[];
	quiz: Quiz;
}

/** What a course listing needs, without the quiz. */
export type LessonSummary = Omit<Lesson, 'quiz' | 'teacher' | 'paragraphs' | 'sections' | 'diagrams'> & {
	questionCount: number;
	questionKinds: string[];
};
