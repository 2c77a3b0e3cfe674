/**
 * The values FAQ templates know for a post: the author's first name, their handle, the agent's signature,
 * the brand, today's opening hours. Pure (no DOM): used by the composer and by the background's
 * "insert the top suggestion" command.
 */

import type { Policy, StoredPost, Voice } from '../../shared/types.ts';
import { hoursValue } from './hours.ts';
import type { TemplateValues } from './template.ts';

export function templateValues(
  post: Pick<StoredPost, 'author' | 'handle'>,
  ctx: {
    voice?: Voice | undefined;
    agent?: { name?: string; initials?: string } | undefined;
    brandName?: string;
    policy?: Policy | undefined;
  },
  now: number,
): TemplateValues {
  const first = post.author.trim().split(/\s+/)[0];
  const signature = ctx.voice?.signature || ctx.agent?.initials || ctx.agent?.name;
  return {
    author: first || post.handle || undefined,
    handle: post.handle || undefined,
    agent: signature || undefined,
    brand: ctx.brandName || undefined,
    hours: hoursValue(ctx.policy, new Date(now)),
  };
}
