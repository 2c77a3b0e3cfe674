/**
 * Cost of validating a `posts/found` batch in the background (every message is checked), beside the
 * structured-clone copy the browser already makes of every message (the floor for any message).
 */
import { type BenchSuite, nsTo, timePerCall } from '../bench/harness.ts';
import { REQUEST_SCHEMAS } from './messages.ts';

const post = (i: number) => ({
  site: 'x',
  id: String(1_000_000 + i),
  author: 'Anna Kalniņa',
  handle: '@anna_kalnina',
  text: 'Velorai atkal nestrādā mobilais internets Purvciemā, jau trešo dienu. Kad salabosiet?? @velora'.repeat(
    2,
  ),
  url: `https://x.com/anna_kalnina/status/${1_000_000 + i}`,
  time: '2026-11-23T07:42:00.000Z',
  engagement: { replies: 48, reposts: 1200, likes: 3400, views: 182000 },
  lang: 'lv',
  kind: 'complaint',
  complaint: true,
  score: 0.93,
  urgency: 2,
  evidence: [{ start: 22, end: 30, cue: 'nestrādā' }],
  mentions: [{ start: 0, end: 7, brand: 'velora', text: 'Velorai' }],
  brandIds: ['velora'],
});

const suite: BenchSuite = {
  area: 'messages',
  async run() {
    const batch = { posts: Array.from({ length: 50 }, (_, i) => post(i)) };
    const validate = REQUEST_SCHEMAS['posts/found'].validate;
    const v = timePerCall(() => validate(batch, 'payload'), { batch: 200, samples: 21 });
    const clone = timePerCall(() => structuredClone(batch), { batch: 200, samples: 21 });
    return [
      {
        name: 'validate a posts/found batch of 50 posts',
        median: nsTo.us(v.median),
        p99: nsTo.us(v.p99),
        unit: 'µs',
        baseline: { name: 'structuredClone of the same batch', median: nsTo.us(clone.median) },
      },
    ];
  },
};
export default suite;
