export type { LangGuess } from './lang.ts';
export { detectLanguage } from './lang.ts';
export type { Normalized, NormalizedView } from './normalize.ts';
export {
  fold,
  foldChar,
  isInvisible,
  normalize,
  normalizeView,
  skeleton,
  toOriginalSpan,
} from './normalize.ts';
export { stem } from './stem.ts';
export type { Token, TokenKind } from './tokenize.ts';
export { tokenize, words } from './tokenize.ts';
