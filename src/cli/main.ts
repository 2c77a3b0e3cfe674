/**
 * `npm run --silent cli -- <command> [options]`: the core on text, without a browser (interfaces.md).
 */
import { command as classify } from './commands/classify.ts';
import { command as deadline } from './commands/deadline.ts';
import { command as extract } from './commands/extract.ts';
import { command as mentions } from './commands/mentions.ts';
import { command as suggest } from './commands/suggest.ts';
import { command as tone } from './commands/tone.ts';
import { type CliCommand, type CliIo, type Options, UsageError } from './io.ts';

export const COMMANDS: CliCommand[] = [classify, mentions, suggest, tone, deadline, extract];

export function helpText(): string {
  const lines = [
    'Replywise command line: JSON Lines in, JSON Lines out.',
    '',
    'Usage: npm run --silent cli -- <command> [options] < input > output',
    '',
    'Commands:',
  ];
  for (const c of COMMANDS) {
    lines.push(`  ${c.name.padEnd(10)} ${c.summary}`);
    if (c.input) lines.push(`  ${''.padEnd(10)} in:  ${c.input}`, `  ${''.padEnd(10)} out: ${c.output}`);
    for (const o of c.options)
      lines.push(
        `  ${''.padEnd(10)} --${o.name}${o.value ? ` ${o.value}` : ''}${o.required ? '' : ' (optional)'}: ${o.description}`,
      );
  }
  lines.push(
    '',
    'A malformed line gives {"id", "error"} and processing goes on.',
    'Exit status: 0 ok, 1 some line failed, 2 bad options or unreadable file.',
  );
  return `${lines.join('\n')}\n`;
}

/** Parse `--name value` / `--flag` options against the command's spec. */
export function parseOptions(cmd: CliCommand, args: string[]): Options {
  const opts: Options = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('--')) throw new UsageError(`Unexpected argument "${a}"`);
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const spec = cmd.options.find((o) => o.name === name);
    if (!spec) throw new UsageError(`Unknown option --${name} for ${cmd.name}`);
    if (spec.value) {
      const v = inline ?? args[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--')))
        throw new UsageError(`--${name} needs a value (${spec.value})`);
      opts[name] = v;
    } else opts[name] = true;
  }
  for (const o of cmd.options)
    if (o.required && opts[o.name] === undefined) throw new UsageError(`--${o.name} is required`);
  return opts;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(helpText());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.stderr.write(
      `Unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}. See --help.\n`,
    );
    return 2;
  }
  try {
    if (rest.includes('--help')) {
      io.stdout.write(helpText());
      return 0;
    }
    const opts = parseOptions(cmd, rest);
    return await cmd.run(opts, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`${cmd.name}: ${e.message}\n`);
      return 2;
    }
    io.stderr.write(`${cmd.name}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 2;
  }
}

// Run when executed directly (not when imported by tests).
if (process.argv[1] && /main\.ts$/.test(process.argv[1])) {
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
  );
}
