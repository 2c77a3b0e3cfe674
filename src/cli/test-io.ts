/** In-memory standard streams for CLI tests: feed `input` on stdin, read what was written. */
import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from './io.ts';

export function io(input = ''): { io: CliIo; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => {
    out += c;
  });
  stderr.on('data', (c) => {
    err += c;
  });
  return { io: { stdin: Readable.from([input]), stdout, stderr }, out: () => out, err: () => err };
}
