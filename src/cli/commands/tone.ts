/**
 * `tone --voice FILE [--faq FILE]` (interfaces.md): for each input line
 * {"id","draft","post"?,"author"?,"platform"?,"faqId"?,"recent"?} print
 * {"id","findings":[{"code","message","start"?,"end"?, …}]}. Messages are in English; each finding also
 * carries its `rule`, `severity`, `suggestion` and, where safe, a one-click `fix` (extra fields).
 * Optional extra input fields: "lang" (the draft's language) and "complaint" (boolean; when absent and a
 * post is given, the post is classified).
 */
import { parseFaqFile } from '../../core/faq/index.ts';
import { classify } from '../../core/signals/index.ts';
import { checkDraft, validateVoice } from '../../core/tone/index.ts';
import { type FaqEntry, PLATFORMS, type Platform, type Voice } from '../../shared/types.ts';
import { ValidationError } from '../../shared/validate.ts';
import {
  type CliCommand,
  LineError,
  loadJsonFile,
  optionalString,
  processJsonl,
  readTextFile,
  requireString,
  UsageError,
} from '../io.ts';

const MAX_RECENT = 500;

function loadVoice(file: string): Voice {
  return loadJsonFile(file, validateVoice, (e) => e instanceof ValidationError);
}

function loadFaq(file: string): Map<string, FaqEntry> {
  const parsed = parseFaqFile(file, readTextFile(file));
  if (parsed.errors.length > 0) {
    const list = parsed.errors
      .slice(0, 20)
      .map((e) => `  ${file}:${e.line}${e.column ? ` [${e.column}]` : ''}: ${e.reason}`)
      .join('\n');
    const more = parsed.errors.length > 20 ? `\n  … and ${parsed.errors.length - 20} more` : '';
    throw new UsageError(`${file} has ${parsed.errors.length} problem(s):\n${list}${more}`);
  }
  return new Map(parsed.entries.map((e) => [e.id, e]));
}

export const command: CliCommand = {
  name: 'tone',
  summary: 'check reply drafts against the brand voice and the FAQ',
  input: '{"id","draft","post"?,"author"?,"platform"?,"faqId"?,"recent"?}',
  output: '{"id","findings":[{"code","message","start"?,"end"?}]}',
  options: [
    {
      name: 'voice',
      value: 'FILE',
      required: true,
      description: 'brand voice (voice.json, see interfaces.md)',
    },
    { name: 'faq', value: 'FILE', description: 'FAQ file (.json or .csv) that "faqId" refers to' },
  ],
  async run(opts, io) {
    const voice = loadVoice(String(opts.voice));
    const faq = opts.faq !== undefined ? loadFaq(String(opts.faq)) : undefined;
    return processJsonl(io, (line) => {
      const draft = requireString(line, 'draft');
      const post = optionalString(line, 'post');
      const author = optionalString(line, 'author');
      const platform = optionalString(line, 'platform');
      if (platform !== undefined && !(PLATFORMS as readonly string[]).includes(platform))
        throw new LineError(`"platform" must be one of ${PLATFORMS.join(', ')}, not "${platform}"`);
      const lang = optionalString(line, 'lang');
      if (lang !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang))
        throw new LineError(`"lang" must be a language code like "en" or "lv", not "${lang}"`);
      const faqId = optionalString(line, 'faqId');
      let faqEntry: FaqEntry | undefined;
      if (faqId !== undefined) {
        if (!faq) throw new LineError(`"faqId" is "${faqId}" but no --faq file was given`);
        faqEntry = faq.get(faqId);
        if (!faqEntry) throw new LineError(`"faqId" "${faqId}" is not in the FAQ file`);
      }
      const rawRecent = line.recent;
      let recent: string[] | undefined;
      if (rawRecent !== undefined && rawRecent !== null) {
        if (!Array.isArray(rawRecent) || rawRecent.some((r) => typeof r !== 'string'))
          throw new LineError('"recent" must be a list of strings (the agent\'s recent replies)');
        if (rawRecent.length > MAX_RECENT)
          throw new LineError(`"recent" has more than ${MAX_RECENT} replies`);
        recent = rawRecent as string[];
      }
      const rawComplaint = line.complaint;
      if (rawComplaint !== undefined && typeof rawComplaint !== 'boolean')
        throw new LineError('"complaint" must be true or false');
      const complaint =
        typeof rawComplaint === 'boolean'
          ? rawComplaint
          : post !== undefined && post.trim() !== ''
            ? classify(post).complaint
            : undefined;
      const findings = checkDraft(draft, {
        voice,
        uiLang: 'en',
        ...(post !== undefined ? { post } : {}),
        ...(author !== undefined ? { author } : {}),
        ...(platform !== undefined ? { platform: platform as Platform } : {}),
        ...(lang !== undefined ? { lang } : {}),
        ...(faqEntry ? { faqEntry } : {}),
        ...(recent ? { recentReplies: recent } : {}),
        ...(complaint !== undefined ? { complaint } : {}),
      });
      return {
        findings: findings.map((f) => ({
          code: f.code,
          message: f.message,
          ...(f.start !== undefined ? { start: f.start, end: f.end } : {}),
          rule: f.rule,
          severity: f.severity,
          ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
          ...(f.fix ? { fix: f.fix } : {}),
        })),
      };
    });
  },
};
