/**
 * `npm run bench [-- AREA ...] [--node-only]`: runs every *.bench.ts suite (or those whose area is named)
 * and prints one Markdown table.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BenchRow, type BenchSuite, fmt } from './harness.ts';

function findSuites(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) findSuites(p, out);
    else if (name.endsWith('.bench.ts')) out.push(p);
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const nodeOnly = args.includes('--node-only');
  const areas = args.filter((a) => !a.startsWith('--'));
  const root = process.cwd();
  const files = [...findSuites(join(root, 'src')), ...findSuites(join(root, 'e2e'))].sort();
  const rows: { area: string; row: BenchRow }[] = [];
  for (const file of files) {
    let suite: BenchSuite | undefined;
    try {
      suite = (await import(pathToFileURL(file).href)).default as BenchSuite | undefined;
    } catch (e) {
      // A suite that cannot even load must not stop the others (nor an area run that does not need it).
      const why = e instanceof Error ? e.message : String(e);
      process.stderr.write(`bench: cannot load ${relative(root, file)}: ${why}\n`);
      if (!areas.length) {
        rows.push({
          area: relative(root, file),
          row: { name: `FAILED to load: ${why}`, median: Number.NaN, unit: '' },
        });
        process.exitCode = 1;
      }
      continue;
    }
    if (!suite || typeof suite.run !== 'function') continue;
    if (areas.length && !areas.includes(suite.area)) continue;
    if (nodeOnly && suite.browser) continue;
    process.stderr.write(`bench: ${suite.area} (${relative(root, file)})\n`);
    try {
      for (const row of await suite.run()) rows.push({ area: suite.area, row });
    } catch (e) {
      rows.push({
        area: suite.area,
        row: { name: `FAILED: ${e instanceof Error ? e.message : String(e)}`, median: Number.NaN, unit: '' },
      });
      process.exitCode = 1;
    }
  }
  const lines = [
    '| area | measure | median | p99 | baseline (same run) | baseline median | ratio | target | met |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { area, row } of rows) {
    const ratio =
      row.baseline && row.baseline.median > 0 ? `${(row.median / row.baseline.median).toFixed(2)}×` : '';
    lines.push(
      `| ${area} | ${row.name}${row.note ? ` (${row.note})` : ''} | ${fmt(row.median, row.unit)} | ${row.p99 !== undefined ? fmt(row.p99, row.unit) : ''} | ${row.baseline?.name ?? ''} | ${row.baseline ? fmt(row.baseline.median, row.unit) : ''} | ${ratio} | ${row.target ?? ''} | ${row.ok === undefined ? '' : row.ok ? 'yes' : 'NO'} |`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
