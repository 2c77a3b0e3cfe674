/**
 * Command-line plumbing shared by every command (interfaces.md): JSON Lines in, JSON Lines out, one
 * output line per input line in the same order carrying the input's id; a malformed line gives
 * {"id": <id or null>, "error": "..."} and processing goes on. Exit 1 if any line failed, 2 for bad
 * options or an unreadable file, 0 otherwise. Errors go to stderr as well.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Bad options or an unreadable file: exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type Options = Record<string, string | boolean | undefined>;

export interface OptionSpec {
  name: string;
  /** Takes a value (`--faq FILE`) or is a flag. */
  value?: string;
  required?: boolean;
  description: string;
}

export interface CliCommand {
  name: string;
  summary: string;
  /** One line: the input it reads. */
  input: string;
  /** One line: the output it writes. */
  output: string;
  options: OptionSpec[];
  run(opts: Options, io: CliIo): Promise<number>;
}

/** Read and parse a JSON file, or throw a UsageError that names the file and the problem. */
export function readJsonFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError(`${path} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Read a JSON file and check it with `validate`; an error `isInvalid` recognises (the checker's own, naming
 * the field) becomes a UsageError naming the file, so the command exits 2. Other errors pass through.
 */
export function loadJsonFile<T>(
  path: string,
  validate: (raw: unknown) => T,
  isInvalid: (e: unknown) => boolean,
): T {
  const raw = readJsonFile(path);
  try {
    return validate(raw);
  } catch (e) {
    if (isInvalid(e)) throw new UsageError(`${path}: ${e instanceof Error ? e.message : String(e)}`);
    throw e;
  }
}

/** Read a text file (BOM stripped), or throw a UsageError. */
export function readTextFile(path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new UsageError(`Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

/** A line was well-formed JSON but its content is wrong: the message goes into {"id","error"}. */
export class LineError extends Error {
  override name = 'LineError';
}

function idOf(v: unknown): string | number | null {
  if (typeof v === 'object' && v !== null && 'id' in v) {
    const id = (v as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return id;
  }
  return null;
}

/**
 * Process stdin as JSON Lines. `handle` gets each parsed object and returns the output object (without
 * `id`, which is added first). Returns the exit status (0 or 1). Blank lines are skipped.
 */
export async function processJsonl(
  io: CliIo,
  handle: (line: Record<string, unknown>) => Record<string, unknown> | Promise<Record<string, unknown>>,
): Promise<number> {
  const rl = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let failed = 0;
  let lineNo = 0;
  for await (const raw of rl) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    let parsed: unknown;
    let id: string | number | null = null;
    try {
      parsed = JSON.parse(line);
      id = idOf(parsed);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new LineError('expected a JSON object');
      const out = await handle(parsed as Record<string, unknown>);
      io.stdout.write(`${JSON.stringify({ id, ...out })}\n`);
    } catch (e) {
      failed++;
      const msg =
        e instanceof SyntaxError
          ? `line ${lineNo}: not valid JSON (${e.message})`
          : `line ${lineNo}: ${e instanceof Error ? e.message : String(e)}`;
      io.stdout.write(`${JSON.stringify({ id, error: msg })}\n`);
      io.stderr.write(`${msg}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

/** Require a string field on an input line. */
export function requireString(line: Record<string, unknown>, field: string): string {
  const v = line[field];
  if (typeof v !== 'string') throw new LineError(`"${field}" must be a string`);
  return v;
}

/** An optional string field on an input line. */
export function optionalString(line: Record<string, unknown>, field: string): string | undefined {
  const v = line[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new LineError(`"${field}" must be a string`);
  return v;
}

/** Read all of stdin as text (for `extract`, which takes a whole HTML page). */
export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}
