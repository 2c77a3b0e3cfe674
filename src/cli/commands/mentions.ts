/**
 * `mentions --brands FILE`: {"id","text"} per line → {"id","mentions":[{"brand","start","end","text"}]}
 * (interfaces.md). `brand` is the brand's id; start/end are UTF-16 offsets into the input text. An optional
 * "lang" on the input line (ISO 639-1) applies the brands' language filters.
 */
import { parseBrandsFile } from '../../core/mentions/brands.ts';
import { compileWatchlist } from '../../core/mentions/index.ts';
import { ValidationError } from '../../shared/validate.ts';
import {
  type CliCommand,
  optionalString,
  processJsonl,
  readJsonFile,
  requireString,
  UsageError,
} from '../io.ts';

export const command: CliCommand = {
  name: 'mentions',
  summary: 'find brand mentions (inflected, any script, handles, hashtags, domains)',
  input: '{"id","text","lang"?}',
  output: '{"id","mentions":[{"brand","start","end","text"}]}',
  options: [{ name: 'brands', value: 'FILE', required: true, description: 'brands.json (interfaces.md)' }],
  async run(opts, io) {
    const path = String(opts.brands);
    let brands: ReturnType<typeof parseBrandsFile>;
    try {
      brands = parseBrandsFile(readJsonFile(path));
    } catch (e) {
      if (e instanceof ValidationError) throw new UsageError(`${path}: ${e.message}`);
      throw e;
    }
    const matcher = compileWatchlist(brands);
    return processJsonl(io, (line) => {
      const text = requireString(line, 'text');
      const lang = optionalString(line, 'lang');
      return { mentions: matcher.find(text, lang ? { lang } : undefined) };
    });
  },
};
