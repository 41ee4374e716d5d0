// English interface text, one module per area of the site.
export { site } from './site';
export { quiz } from './quiz';
export { review } from './review';
export { progress } from './progress';
export { teach } from './teach';
export { embed } from './embed';
export { offline } from './offline';
