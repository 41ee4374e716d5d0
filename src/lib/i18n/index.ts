// All interface text, one module per language; components never hard-code words.
import { site } from './en/site';
import { quiz } from './en/quiz';

export const t = { site, quiz };
