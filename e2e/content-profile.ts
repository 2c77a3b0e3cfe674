/**
 * Where the content script's time goes: `RW_DIST=<built extension> npx tsx e2e/content-profile.ts [runs]`.
 * Runs the content bench's timeline (1,000 posts in bursts of 50) at x.com with the extension, takes a V8
 * CPU profile of each timeline (CDP Profiler, 100 µs sampling) and prints, per run on average, the
 * extension's functions by self and inclusive time (samples with extension code on the stack), plus the
 * watcher's own counters. Build unminified for readable names: `npx vite build --minify false --outDir DIR`.
 * Sampled times on a loaded machine include time the thread waited for a core: compare within a run.
 */
import { timelineHtml } from './content.bench.ts';
import { launchExtension } from './harness.ts';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const runs = Number(process.argv[2] ?? 3);
const ext = await launchExtension(process.env.RW_DIST ? { extensionPath: process.env.RW_DIST } : {});
await ext.routeHtml('https://x.com/*', timelineHtml());
const panel = await ext.openSidePanel('#seed-demo');
await panel
  .waitForFunction(() => location.hash !== '#seed-demo', null, { timeout: 15_000 })
  .catch(() => undefined);
await panel.close();

const self = new Map<string, number>();
const incl = new Map<string, number>();
let total = 0;
const name = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber}`;
for (let run = 0; run < runs; run++) {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  const isolated: number[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; auxData?: { type?: string } } }) => {
    if (e.context.auxData?.type === 'isolated') isolated.push(e.context.id);
  });
  await cdp.send('Runtime.enable');
  await page.goto('https://x.com/home', { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.evaluate(() => (window as unknown as { startTimeline(): Promise<number> }).startTimeline());
  await page.waitForTimeout(2500);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const chain: ProfileNode[] = [];
    for (let p: number | undefined = id; p !== undefined; p = parent.get(p))
      chain.push(byId.get(p) as ProfileNode);
    if (!chain.some((n) => n.callFrame.url.startsWith('chrome-extension://'))) return;
    total += ms;
    const leaf = name(chain[0] as ProfileNode);
    self.set(leaf, (self.get(leaf) ?? 0) + ms);
    const seen = new Set<string>();
    for (const n of chain) {
      const k = name(n);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + ms);
    }
  });
  for (const id of isolated) {
    const r = (await cdp
      .send('Runtime.evaluate', {
        expression: 'JSON.stringify(globalThis.__replywiseStats ?? null)',
        contextId: id,
        returnByValue: true,
      })
      .catch(() => null)) as { result?: { value?: string } } | null;
    if (r?.result?.value && r.result.value !== 'null')
      console.log(`run ${run + 1} watcher stats ${r.result.value}`);
  }
  await page.close();
}
await ext.close();
const top = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .map(([k, v]) => `${(v / runs).toFixed(1).padStart(7)} ms  ${k}`)
    .join('\n');
console.log(`extension CPU per timeline (1,000 posts): ${(total / runs).toFixed(1)} ms`);
console.log(`--- self time\n${top(self)}\n--- inclusive time\n${top(incl)}`);
