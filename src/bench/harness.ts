/**
 * Benchmark harness. Figures are medians over repeated samples, always printed beside a baseline
 * measured in the same run (these machines are shared and noisy: absolute numbers drift, ratios hold).
 *
 * A suite is a `*.bench.ts` file under src/ or e2e/ whose default export is a BenchSuite.
 */
import { gzipSync } from 'node:zlib';

export interface BenchRow {
  /** What is measured ("match 200-char post, 500 terms"). */
  name: string;
  /** Median of the measured figure. */
  median: number;
  unit: 'ns' | 'µs' | 'ms' | 'KB' | 'MB' | '%' | '';
  /** Other percentiles, when they matter (p99 for latency targets). */
  p99?: number;
  /** The baseline measured in the same run. */
  baseline?: { name: string; median: number };
  /** The target from the issue, as text ("≤ 2 µs"). */
  target?: string;
  /** Whether the target is met (undefined: no target). */
  ok?: boolean;
  note?: string;
}

export interface BenchSuite {
  area: string;
  /** True when the suite drives Chromium (skipped with --node-only). */
  browser?: boolean;
  run(): Promise<BenchRow[]>;
}

export interface Stats {
  median: number;
  p99: number;
  min: number;
  samples: number;
}

export function stats(values: number[]): Stats {
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? Number.NaN;
  return { median: at(0.5), p99: at(0.99), min: s[0] ?? Number.NaN, samples: s.length };
}

/**
 * Time `fn` per call in nanoseconds: `samples` samples of `batch` calls each, after warm-up.
 * Returns the median (and p99) of per-call time over samples.
 */
export function timePerCall(
  fn: () => unknown,
  opts: { samples?: number; batch?: number; warmup?: number } = {},
): Stats {
  const samples = opts.samples ?? 31;
  const batch = opts.batch ?? 1000;
  const warmup = opts.warmup ?? Math.min(batch * 5, 20_000);
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const per: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) sink = fn();
    per.push(Number(process.hrtime.bigint() - t0) / batch);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return stats(per);
}

/** Time each of `inputs` once per round, `rounds` times; per-call latencies (ns) for p50/p99 targets. */
export function latencies<T>(inputs: T[], fn: (x: T) => unknown, rounds = 3): Stats {
  const all: number[] = [];
  let sink: unknown;
  for (let r = 0; r < rounds; r++) {
    for (const x of inputs) {
      const t0 = process.hrtime.bigint();
      sink = fn(x);
      all.push(Number(process.hrtime.bigint() - t0));
    }
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return stats(all);
}

export function fmt(v: number, unit: BenchRow['unit']): string {
  if (!Number.isFinite(v)) return '–';
  const digits = v >= 100 ? 0 : v >= 10 ? 1 : v >= 1 ? 2 : 3;
  return `${v.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

export const nsTo = {
  us: (ns: number) => ns / 1000,
  ms: (ns: number) => ns / 1e6,
};

/**
 * Like timePerCall, but in CPU time of this process (process.cpuUsage): on a shared machine with more
 * runnable processes than cores, wall-clock time mostly measures waiting for a core. Nanoseconds per call.
 */
export function cpuPerCall(fn: () => unknown, batch: number, samples: number): Stats {
  let sink: unknown;
  const per: number[] = [];
  for (let s = 0; s < samples; s++) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < batch; i++) sink = fn();
    const c = process.cpuUsage(c0);
    per.push(((c.user + c.system) * 1000) / batch);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return stats(per);
}

/** Size of an entry bundled and minified for the browser (esbuild), gzip level 9, in KB: the first output file and all. */
export async function bundleGzipKb(
  entry: string,
  opts: { splitting?: boolean } = {},
): Promise<{ entry: number; total: number }> {
  const esbuild = await import('esbuild');
  const r = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    splitting: opts.splitting ?? false,
    outdir: '/tmp/replywise-bench-out',
    logLevel: 'silent',
  });
  let total = 0;
  let first = 0;
  r.outputFiles.forEach((f, i) => {
    const kb = gzipSync(f.contents, { level: 9 }).length / 1024;
    total += kb;
    if (i === 0) first = kb;
  });
  return { entry: first, total };
}
