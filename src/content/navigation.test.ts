// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { watchNavigation } from './navigation.ts';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('single-page-app navigation', () => {
  it('sees pushState by polling and back/forward by popstate, once per change', async () => {
    const seen: string[] = [];
    const stop = watchNavigation((u) => seen.push(new URL(u).pathname), window, 20);
    history.pushState({}, '', '/home');
    await tick(60);
    history.pushState({}, '', '/velora/status/1');
    await tick(60);
    expect(seen).toEqual(['/home', '/velora/status/1']);
    history.back();
    await tick(80);
    expect(seen.at(-1)).toBe('/home');
    const n = seen.length;
    await tick(60);
    expect(seen.length).toBe(n); // no change, no call
    stop();
    history.pushState({}, '', '/after-stop');
    await tick(60);
    expect(seen).not.toContain('/after-stop');
  });
});
