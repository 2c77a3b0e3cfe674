/**
 * Template variables in FAQ answers: {{author}}, {{handle}}, {{agent}}, {{brand}}, {{hours}},
 * {{deadline}} and {{cursor}} (where the caret goes after insertion; it leaves no text).
 *
 * fillTemplate never produces a reply with a hole in it: a variable without a value, an unknown
 * variable, and a bracket placeholder a person typed into an answer ("[name]", "[vārds]", "[имя]") are
 * all listed in `missing`, and the UI must ask for them before the text is used (`isComplete`).
 * Values are inserted as plain text in one pass, so a value that itself contains "{{x}}" is not expanded.
 */

export const TEMPLATE_VARIABLES = [
  'author',
  'handle',
  'agent',
  'brand',
  'hours',
  'deadline',
  'cursor',
] as const;
export type TemplateVariable = Exclude<(typeof TEMPLATE_VARIABLES)[number], 'cursor'>;
export type TemplateValues = Partial<Record<TemplateVariable, string | null | undefined>>;

export interface FilledTemplate {
  /** The text with every known value filled in; missing ones are left as written. */
  text: string;
  /** Variables (or bracket placeholders, as written, e.g. "[name]") that still need a value. */
  missing: string[];
  /** UTF-16 offset of {{cursor}} in `text`, if the template has one. */
  cursor?: number;
}

const VAR_RE = /\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/g;
/**
 * Fill-in-the-blank placeholders people write by hand: a short bracketed word or two in any script,
 * without digits ("[name]", "[Vārds]", "[имя клиента]", "<name>"), or "{name}" with single braces.
 */
const BRACKET_RE =
  /\[\s*\p{L}[\p{L} _-]{0,30}\s*\]|<\s*(?:name|vards|vārds|vardas|nimi|имя|ime)\s*>|(?<!\{)\{\s*\p{L}[\p{L}_]{0,30}\s*\}(?!\})/giu;

export function fillTemplate(template: string, values: TemplateValues): FilledTemplate {
  const missing: string[] = [];
  let cursor: number | undefined;
  let out = '';
  let last = 0;
  VAR_RE.lastIndex = 0;
  for (let m = VAR_RE.exec(template); m !== null; m = VAR_RE.exec(template)) {
    out += template.slice(last, m.index);
    last = m.index + m[0].length;
    const name = (m[1] as string).toLowerCase();
    if (name === 'cursor') {
      if (cursor === undefined) cursor = out.length;
      continue;
    }
    const v = (TEMPLATE_VARIABLES as readonly string[]).includes(name)
      ? values[name as TemplateVariable]
      : undefined;
    if (typeof v === 'string' && v.trim() !== '') out += v;
    else {
      out += m[0];
      if (!missing.includes(name)) missing.push(name);
    }
  }
  out += template.slice(last);
  // Hand-written placeholders in the template itself (never in the inserted values).
  BRACKET_RE.lastIndex = 0;
  for (let m = BRACKET_RE.exec(template); m !== null; m = BRACKET_RE.exec(template))
    if (!missing.includes(m[0])) missing.push(m[0]);
  const res: FilledTemplate = { text: out, missing };
  if (cursor !== undefined) res.cursor = cursor;
  return res;
}

/** True when the filled text can be used as a reply (nothing left to ask for). */
export function isComplete(f: FilledTemplate): boolean {
  return f.missing.length === 0;
}

/** The variables a template uses (for the UI to know what to ask before filling). */
export function templateVariables(template: string): string[] {
  const out: string[] = [];
  VAR_RE.lastIndex = 0;
  for (let m = VAR_RE.exec(template); m !== null; m = VAR_RE.exec(template)) {
    const name = (m[1] as string).toLowerCase();
    if (name !== 'cursor' && !out.includes(name)) out.push(name);
  }
  return out;
}
