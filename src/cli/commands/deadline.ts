/**
 * `deadline --policy FILE` (interfaces.md): {"id","platform","receivedAt"} → {"id","dueAt","warnAt"}, the
 * times in ISO 8601 with the policy zone's offset ("2026-11-23T09:15:00+02:00", or Z for UTC).
 * An optional "kind" ("first", "next", "resolution") picks the target; "first" by default.
 */
import { dueTimeMs, type TargetKind } from '../../core/deadlines/due.ts';
import { PolicyError, validatePolicy } from '../../core/deadlines/policy.ts';
import { formatInZone, parseIsoDate } from '../../core/deadlines/zone.ts';
import { PLATFORMS, type Platform } from '../../shared/types.ts';
import {
  type CliCommand,
  LineError,
  loadJsonFile,
  optionalString,
  processJsonl,
  requireString,
} from '../io.ts';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const KINDS: readonly TargetKind[] = ['first', 'next', 'resolution'];

/** Parse an ISO 8601 time that carries its offset (a time without one would be read in the wrong zone). */
export function parseReceivedAt(s: string): number {
  if (!ISO_WITH_OFFSET.test(s.trim()))
    throw new LineError(
      `"receivedAt" must be ISO 8601 with an offset or Z, e.g. "2026-11-20T16:45:00+02:00" (got "${s.slice(0, 60)}")`,
    );
  const t = s.trim();
  const ms = Date.parse(t);
  const [hh, mm, ss] = t.slice(11, 19).split(':').map(Number);
  if (
    Number.isNaN(ms) ||
    parseIsoDate(t.slice(0, 10)) === null ||
    (hh ?? 0) > 23 ||
    (mm ?? 0) > 59 ||
    (ss ?? 0) > 59
  )
    throw new LineError(`"receivedAt" is not a real time: "${s.slice(0, 60)}"`);
  return ms;
}

export const command: CliCommand = {
  name: 'deadline',
  summary: 'due and warning times in business minutes under a response policy',
  input: '{"id","platform","receivedAt","kind"?}',
  output: '{"id","dueAt","warnAt"}',
  options: [{ name: 'policy', value: 'FILE', required: true, description: 'policy.json (interfaces.md)' }],
  async run(opts, io) {
    const path = String(opts.policy);
    const policy = loadJsonFile(path, validatePolicy, (e) => e instanceof PolicyError);
    return processJsonl(io, (line) => {
      const platform = requireString(line, 'platform');
      if (!(PLATFORMS as readonly string[]).includes(platform))
        throw new LineError(
          `"platform" must be one of ${PLATFORMS.join(', ')} (got "${platform.slice(0, 40)}")`,
        );
      const receivedAt = parseReceivedAt(requireString(line, 'receivedAt'));
      const kind = optionalString(line, 'kind') ?? 'first';
      if (!(KINDS as readonly string[]).includes(kind))
        throw new LineError(`"kind" must be one of ${KINDS.join(', ')}`);
      let due: { dueAt: number; warnAt: number };
      try {
        due = dueTimeMs(policy, platform as Platform, receivedAt, kind as TargetKind);
      } catch (e) {
        throw new LineError(e instanceof Error ? e.message : String(e));
      }
      return {
        dueAt: formatInZone(due.dueAt, policy.timezone),
        warnAt: formatInZone(due.warnAt, policy.timezone),
      };
    });
  },
};
