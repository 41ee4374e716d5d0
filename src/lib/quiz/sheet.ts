// A question on paper (worksheet and teacher copy), as parts the sheet knows how to print.
import { engineOf, type Question } from './kinds';
import type { SheetPart, Words } from './kinds/kind';

export type { SheetPart };

export const sheetParts = (q: Question, words: Words): SheetPart[] => engineOf(q).sheet(q, words);
