// A question on paper (worksheet and teacher copy), as parts the sheet knows how to print.
import type { Question } from './kinds';
import type { SheetPart, Words } from './kinds/kind';
import { authoringOf } from './kinds/authoring';

export type { SheetPart };

export const sheetParts = (q: Question, words: Words): SheetPart[] => authoringOf(q).sheet(q, words);
