/**
 * `suggest --faq FILE [--top N]` (interfaces.md): for each input line {"id","text","lang"?} print
 * {"id","suggestions":[{"faqId","score","answer"}]}, best first, N defaults to 5. FILE is a FAQ file in
 * JSON or CSV (by its extension). A FAQ file with bad entries is refused with every problem listed
 * (exit 2): suggesting from half a FAQ would silently hide answers. Ranking is the extension's: BM25 candidates
 * re-ordered by the model trained on the FAQ's own example questions (FAQs up to MODEL_MAX_ENTRIES).
 */
import { parseFaqFile } from '../../core/faq/index.ts';
import { IntentModel, MODEL_MAX_ENTRIES } from '../../core/faq/intent-model.ts';
import { FaqIndex } from '../../core/faq/search-index.ts';
import {
  type CliCommand,
  LineError,
  optionalString,
  processJsonl,
  readTextFile,
  requireString,
  UsageError,
} from '../io.ts';

const MAX_TOP = 100;

export const command: CliCommand = {
  name: 'suggest',
  summary: 'rank FAQ entries for each post',
  input: '{"id","text","lang"?}',
  output: '{"id","suggestions":[{"faqId","score","answer"}]} (best first)',
  options: [
    {
      name: 'faq',
      value: 'FILE',
      required: true,
      description: 'FAQ file (.json or .csv, see interfaces.md)',
    },
    { name: 'top', value: 'N', description: `how many suggestions per post (1–${MAX_TOP}, default 5)` },
  ],
  async run(opts, io) {
    const file = String(opts.faq);
    let top = 5;
    if (opts.top !== undefined) {
      const n = Number(opts.top);
      if (!Number.isInteger(n) || n < 1 || n > MAX_TOP)
        throw new UsageError(`--top must be a whole number from 1 to ${MAX_TOP}, not "${String(opts.top)}"`);
      top = n;
    }
    const parsed = parseFaqFile(file, readTextFile(file));
    if (parsed.errors.length > 0) {
      const list = parsed.errors
        .slice(0, 20)
        .map((e) => `  ${file}:${e.line}${e.column ? ` [${e.column}]` : ''}: ${e.reason}`)
        .join('\n');
      const more = parsed.errors.length > 20 ? `\n  … and ${parsed.errors.length - 20} more` : '';
      throw new UsageError(`${file} has ${parsed.errors.length} problem(s):\n${list}${more}`);
    }
    if (parsed.entries.length === 0) throw new UsageError(`${file} has no FAQ entries`);
    const index = FaqIndex.build(parsed.entries);
    // Rank as the extension does: the ranking model trained on the entries' example questions re-orders
    // the best BM25 candidates, for FAQs up to MODEL_MAX_ENTRIES (above that, BM25 alone, as in the
    // extension). The score is then the model's mix, still best first.
    if (parsed.entries.length <= MODEL_MAX_ENTRIES)
      index.attachModel(IntentModel.train(IntentModel.examplesOf(parsed.entries)));
    return processJsonl(io, (line) => {
      const text = requireString(line, 'text');
      const lang = optionalString(line, 'lang');
      if (lang !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang))
        throw new LineError(`"lang" must be a language code like "en" or "lv", not "${lang}"`);
      const suggestions = index
        .suggest(text, { lang, top })
        .map((s) => ({ faqId: s.faqId, score: s.score, answer: s.answer }));
      return { suggestions };
    });
  },
};
