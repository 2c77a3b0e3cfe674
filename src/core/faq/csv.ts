/**
 * FAQ CSV (interfaces.md): a header row with at least `id,question,answer`; optional `tags` and
 * `variants` (items separated by `|`; a literal `|` or `\` in an item is written `\|` or `\\`), `lang`,
 * `brand`. Several rows with the same id add questions to one entry (later rows may leave the answer
 * empty). UTF-8 with or without BOM; comma or semicolon separated (read from the header row, which holds
 * only column names, so it cannot be fooled by commas inside answers). Parsing by papaparse.
 *
 * parseFaqCsv never throws: it returns the good entries and, for the import preview, every bad row with
 * its line (1-based, in the file; a quoted field may span lines), column and reason. An entry with any
 * bad row is left out entirely, so a half-read entry is never imported.
 */
import Papa from 'papaparse';
import type { FaqEntry } from '../../shared/types.ts';
import { checkEntry, type ParseResult, type RowError } from './entry.ts';

const KNOWN = ['id', 'question', 'answer', 'tags', 'lang', 'variants', 'brand'] as const;
type Column = (typeof KNOWN)[number];
const ALIASES: Record<string, Column> = {
  questions: 'question',
  tag: 'tags',
  variant: 'variants',
  language: 'lang',
};

/** Split a `|` list, honouring `\|` and `\\`; items are trimmed, empty ones dropped. */
export function splitList(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '\\' && (s[i + 1] === '|' || s[i + 1] === '\\')) {
      cur += s[i + 1];
      i++;
    } else if (c === '|') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out.map((x) => x.trim()).filter((x) => x !== '');
}

/** Join items into a `|` list (inverse of splitList for trimmed, non-empty items). */
export function joinList(items: readonly string[]): string {
  return items.map((x) => x.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).join('|');
}

/** The separator used by the header line: `;` when it has more semicolons than commas, else `,`. */
export function detectDelimiter(text: string): ',' | ';' {
  const nl = text.search(/\r?\n/);
  const head = nl < 0 ? text : text.slice(0, nl);
  const commas = head.split(',').length - 1;
  const semis = head.split(';').length - 1;
  return semis > commas ? ';' : ',';
}

export function parseFaqCsv(input: string): ParseResult {
  const text = input.replace(/^\uFEFF/, '');
  const errors: RowError[] = [];
  if (text.trim() === '')
    return { entries: [], errors: [{ line: 1, column: '', reason: 'the file is empty' }] };
  const delimiter = detectDelimiter(text);

  // Line number of each row start: count newlines up to papaparse's cursor as rows stream by.
  let lineAt = 1;
  let scanned = 0;
  const lineOf = (offset: number): number => {
    for (; scanned < offset && scanned < text.length; scanned++)
      if (text.charCodeAt(scanned) === 10) lineAt++;
    return lineAt;
  };

  let header: (Column | undefined)[] | undefined;
  let headerNames: string[] = [];
  const byId = new Map<
    string,
    {
      firstLine: number;
      entry: { id: string; questions: string[]; answer: string; tags: string[]; variants: string[] };
      lang?: string;
      brand?: string;
      bad: boolean;
      lines: number[];
    }
  >();
  const order: string[] = [];
  let rowStart = 0;

  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (res) => {
      const line = lineOf(rowStart);
      const cursor = res.meta.cursor;
      const row = res.data;
      for (const e of res.errors)
        errors.push({ line, column: '', reason: `CSV syntax: ${e.message.replace(/\.$/, '')}` });
      rowStart = cursor;
      // Skip blank lines (a lone empty field).
      if (row.every((c) => c.trim() === '')) return;
      if (!header) {
        headerNames = row.map((h) => h.trim());
        header = headerNames.map((h) => {
          const k = h.toLowerCase();
          return (KNOWN as readonly string[]).includes(k) ? (k as Column) : ALIASES[k];
        });
        for (const need of ['id', 'question', 'answer'] as const)
          if (!header.includes(need))
            errors.push({
              line,
              column: need,
              reason: `the header has no "${need}" column (found: ${headerNames.join(', ') || 'nothing'})`,
            });
        return;
      }
      if (res.errors.length > 0) return;
      if (row.length !== header.length) {
        errors.push({
          line,
          column: '',
          reason: `expected ${header.length} columns, found ${row.length} (is the separator "${delimiter}"?)`,
        });
        return;
      }
      const cell: Partial<Record<Column, string>> = {};
      header.forEach((col, i) => {
        if (col) cell[col] = row[i] ?? '';
      });
      const col = (c: Column) => `${c} (${(header as (Column | undefined)[]).indexOf(c) + 1})`;
      const id = (cell.id ?? '').trim();
      if (id === '') {
        errors.push({ line, column: col('id'), reason: 'empty id' });
        return;
      }
      let rec = byId.get(id);
      if (!rec) {
        rec = {
          firstLine: line,
          entry: { id, questions: [], answer: '', tags: [], variants: [] },
          bad: false,
          lines: [],
        };
        byId.set(id, rec);
        order.push(id);
      }
      rec.lines.push(line);
      const rowErrors: RowError[] = [];
      const question = cell.question ?? '';
      if (question.trim() === '') rowErrors.push({ line, column: col('question'), reason: 'empty question' });
      else if (!rec.entry.questions.includes(question)) rec.entry.questions.push(question);
      const answer = cell.answer ?? '';
      if (answer.trim() !== '') {
        if (rec.entry.answer === '') rec.entry.answer = answer;
        else if (rec.entry.answer !== answer)
          rowErrors.push({
            line,
            column: col('answer'),
            reason: `a different answer for "${id}" than on line ${rec.firstLine} (leave it empty on extra question rows)`,
          });
      } else if (rec.entry.answer === '' && rec.lines.length === 1)
        rowErrors.push({ line, column: col('answer'), reason: 'empty answer' });
      for (const t of splitList(cell.tags ?? '')) if (!rec.entry.tags.includes(t)) rec.entry.tags.push(t);
      for (const v of splitList(cell.variants ?? ''))
        if (!rec.entry.variants.includes(v)) rec.entry.variants.push(v);
      for (const k of ['lang', 'brand'] as const) {
        const v = (cell[k] ?? '').trim();
        if (v === '') continue;
        const had = rec[k];
        if (had === undefined) rec[k] = v;
        else if (had !== v)
          rowErrors.push({
            line,
            column: col(k),
            reason: `"${v}" differs from "${had}" on line ${rec.firstLine}`,
          });
      }
      if (rowErrors.length) {
        rec.bad = true;
        errors.push(...rowErrors);
      }
    },
  });

  if (!header) return { entries: [], errors: [{ line: 1, column: '', reason: 'no header row' }] };
  if (errors.some((e) => e.line === 1 && /header/.test(e.reason))) return { entries: [], errors };

  const entries: FaqEntry[] = [];
  for (const id of order) {
    const rec = byId.get(id);
    if (!rec || rec.bad) continue;
    const raw: Record<string, unknown> = { id, questions: rec.entry.questions, answer: rec.entry.answer };
    if (rec.entry.tags.length) raw.tags = rec.entry.tags;
    if (rec.entry.variants.length) raw.variants = rec.entry.variants;
    if (rec.lang) raw.lang = rec.lang;
    if (rec.brand) raw.brand = rec.brand;
    const checked = checkEntry(raw);
    if (checked.entry) entries.push(checked.entry);
    else
      for (const p of checked.problems)
        errors.push({ line: rec.firstLine, column: p.field.replace(/\[\d+\]$/, ''), reason: p.reason });
  }
  errors.sort((a, b) => a.line - b.line);
  return { entries, errors };
}

/**
 * Write entries as CSV: one row per question; the first row of an entry carries the answer, tags,
 * variants, language and brand, later rows only the id and the question. Comma separated unless `;`
 * is asked for; every field quoted when needed (papaparse), CRLF line ends, no BOM unless asked for
 * (spreadsheets on Windows want one).
 */
export function serializeFaqCsv(
  entries: readonly FaqEntry[],
  opts: { delimiter?: ',' | ';'; bom?: boolean } = {},
): string {
  const rows: string[][] = [];
  for (const e of entries) {
    e.questions.forEach((q, i) => {
      rows.push(
        i === 0
          ? [
              e.id,
              q,
              e.answer,
              joinList(e.tags ?? []),
              e.lang ?? '',
              joinList(e.variants ?? []),
              e.brand ?? '',
            ]
          : [e.id, q, '', '', '', '', ''],
      );
    });
  }
  const body = Papa.unparse(
    { fields: ['id', 'question', 'answer', 'tags', 'lang', 'variants', 'brand'], data: rows },
    { delimiter: opts.delimiter ?? ',', newline: '\r\n', quotes: false, escapeFormulae: false },
  );
  return `${opts.bom ? '\uFEFF' : ''}${body}\r\n`;
}
