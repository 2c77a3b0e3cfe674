/** Test helpers for the content script: load an HTML file into jsdom's global document. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function loadPage(relPath: string): void {
  setPage(readFileSync(join(repoRoot, relPath), 'utf8'));
}

export function setPage(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
}
