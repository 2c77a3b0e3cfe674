/**
 * Test helper: parse a fixture file of a site into a detached document. Uses linkedom, the same parser
 * as the `extract` command, so the adapters are tested against the DOM the CLI runs on; the content
 * script tests run the same adapters under jsdom.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const here = dirname(fileURLToPath(import.meta.url));

export function fixturePath(site: string, name: string): string {
  return join(here, '..', site, 'fixtures', name);
}

export function parseHtml(html: string, _url = 'https://example.com/'): Document {
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as Document;
}

export function loadFixture(site: string, name: string, url = 'https://example.com/'): Document {
  return parseHtml(readFileSync(fixturePath(site, name), 'utf8'), url);
}
