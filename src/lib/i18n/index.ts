// All interface text, one module per language (a Spanish edition adds src/lib/i18n/es/ and a
// switch here); components never hard-code words.
import { site } from './en/site';
import { quiz } from './en/quiz';
import { progress } from './en/progress';
import { teach } from './en/teach';
import { embed } from './en/embed';

export const t = { site, quiz, progress, teach, embed };
