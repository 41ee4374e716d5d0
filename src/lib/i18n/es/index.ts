// Textos de la interfaz en español, un módulo por área del sitio (los mismos que en ../en/).
export { site } from './site';
export { quiz } from './quiz';
export { review } from './review';
export { progress } from './progress';
export { teach } from './teach';
export { embed } from './embed';
export { offline } from './offline';
