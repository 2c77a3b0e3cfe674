/**
 * `mentions --brands FILE`: {"id","text"} per line → {"id","mentions":[{"brand","start","end","text"}]}
 * (interfaces.md). `brand` is the brand's id; start/end are UTF-16 offsets into the input text. An optional
 * "lang" on the input line (ISO 639-1) applies the brands' language filters.
 */
import { parseBrandsFile } from '../../core/mentions/brands.ts';
import { compileWatchlist } from '../../core/mentions/index.ts';
import { ValidationError } from '../../shared/validate.ts';
import { type CliCommand, loadJsonFile, optionalString, processJsonl, requireString } from '../io.ts';

export const command: CliCommand = {
  name: 'mentions',
  summary: 'find brand mentions (inflected, any script, handles, hashtags, domains)',
  input: '{"id","text","lang"?}',
  output: '{"id","mentions":[{"brand","start","end","text"}]}',
  options: [{ name: 'brands', value: 'FILE', required: true, description: 'brands.json (interfaces.md)' }],
  async run(opts, io) {
    const path = String(opts.brands);
    const brands = loadJsonFile(path, parseBrandsFile, (e) => e instanceof ValidationError);
    const matcher = compileWatchlist(brands);
    return processJsonl(io, (line) => {
      const text = requireString(line, 'text');
      const lang = optionalString(line, 'lang');
      return { mentions: matcher.find(text, lang ? { lang } : undefined) };
    });
  },
};
