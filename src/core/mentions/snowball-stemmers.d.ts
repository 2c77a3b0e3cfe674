// Types for the Snowball stemmers package (a devDependency used only by mentions.eval.ts).
declare module 'snowball-stemmers' {
  export function newStemmer(language: string): { stem(word: string): string };
  export function algorithms(): string[];
}
