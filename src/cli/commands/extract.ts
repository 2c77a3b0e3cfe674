/**
 * `extract --url URL`: a whole saved HTML page on stdin → one JSON line per post or comment
 * ({"site","id","author","handle","text","url","time"}, plus "parentId" and "engagement" when the page
 * shows them). The same adapters as the content script, chosen from the URL; any other site gets the
 * generic adapter. The page is parsed with linkedom: nothing in it runs.
 */
import { parseHTML } from 'linkedom';
import { loadAdapter, siteOf } from '../../sites/index.ts';
import { type CliCommand, type CliIo, UsageError } from '../io.ts';

/** Saved pages above this size are refused (a feed saved after hours of scrolling is ~20 MB). */
const MAX_BYTES = 64 * 1024 * 1024;

async function readAll(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    size += b.length;
    if (size > MAX_BYTES)
      throw new UsageError(`The page on stdin is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    chunks.push(b);
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

export const command: CliCommand = {
  name: 'extract',
  summary: 'read the posts and comments of a saved HTML page',
  input: 'a whole HTML page (not JSON Lines)',
  output: '{"site","id","author","handle","text","url","time","parentId"?,"engagement"?} per post',
  options: [
    {
      name: 'url',
      value: 'URL',
      required: true,
      description: 'the address the page was saved from (chooses the site adapter)',
    },
  ],
  async run(opts, io) {
    const url = String(opts.url ?? '');
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new UsageError(`--url "${url}" is not an absolute URL (e.g. https://x.com/home)`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
      throw new UsageError(`--url must be http(s), not ${parsed.protocol}`);
    const html = await readAll(io);
    const adapter = await loadAdapter(siteOf(parsed.href));
    const page = /<html[\s>]/i.test(html)
      ? html
      : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
    const { document } = parseHTML(page);
    const posts = adapter.extractPosts(document as unknown as Document, parsed.href);
    for (const p of posts) {
      const line: Record<string, unknown> = {
        site: p.site,
        id: p.id,
        author: p.author,
        handle: p.handle,
        text: p.text,
        url: p.url,
        time: p.time,
      };
      if (p.parentId) line.parentId = p.parentId;
      if (p.engagement) line.engagement = p.engagement;
      io.stdout.write(`${JSON.stringify(line)}\n`);
    }
    if (posts.length === 0) io.stderr.write(`No posts found for ${adapter.site} at ${parsed.href}\n`);
    return 0;
  },
};
