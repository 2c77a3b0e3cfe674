/**
 * `npm run eval [-- AREA ...]`: runs every *.eval.ts under src/ (quality measurements on labelled sets:
 * mention precision/recall, classifier F1, FAQ top-1/top-3) and prints their Markdown reports.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface EvalSuite {
  area: string;
  /** Returns a Markdown report. */
  run(): Promise<string>;
}

function find(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) find(p, out);
    else if (name.endsWith('.eval.ts')) out.push(p);
  }
  return out;
}

const areas = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const file of find(join(process.cwd(), 'src')).sort()) {
  let suite: EvalSuite | undefined;
  try {
    suite = (await import(pathToFileURL(file).href)).default as EvalSuite | undefined;
  } catch (e) {
    // A suite that cannot load must not stop the others (nor an area run that does not need it).
    const why = e instanceof Error ? e.message : String(e);
    process.stderr.write(`eval: cannot load ${relative(process.cwd(), file)}: ${why}\n`);
    if (!areas.length) {
      process.stdout.write(`## ${relative(process.cwd(), file)}\n\nFAILED to load: ${why}\n\n`);
      process.exitCode = 1;
    }
    continue;
  }
  if (!suite || typeof suite.run !== 'function') continue;
  if (areas.length && !areas.includes(suite.area)) continue;
  process.stderr.write(`eval: ${suite.area} (${relative(process.cwd(), file)})\n`);
  process.stdout.write(`## ${suite.area}\n\n${await suite.run()}\n\n`);
}
