/**
 * Builds an editor page for the end-to-end tests: the page's script (a real editor library from
 * node_modules) bundled by Vite into one IIFE and inlined into site-shaped HTML.
 */
import { join } from 'node:path';
import { build } from 'vite';
import { ROOT } from '../harness.ts';

const cache = new Map<string, string>();

export async function bundle(page: string): Promise<string> {
  const hit = cache.get(page);
  if (hit) return hit;
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    build: {
      write: false,
      minify: true,
      lib: {
        entry: join(ROOT, 'e2e', 'editors', 'pages', `${page}.ts`),
        formats: ['iife'],
        name: `page_${page}`,
      },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  const chunk = outputs.flatMap((o) => o.output).find((c) => c.type === 'chunk');
  if (!chunk?.code) throw new Error(`Bundling ${page} produced no code`);
  // Keep "</script" out of the inline script.
  const code = chunk.code.replace(/<\/script/gi, '<\\/script');
  cache.set(page, code);
  return code;
}

export async function pageHtml(body: string, page: string, css = ''): Promise<string> {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${page}</title><style>${css}</style></head><body>${body}<script>${await bundle(page)}</script></body></html>`;
}
