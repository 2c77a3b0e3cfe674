import { describe, expect, it } from 'vitest';
import { arr, check, nullable, num, obj, oneOf, optional, str, ValidationError } from './validate.ts';

describe('validators', () => {
  const v = obj({
    name: str({ min: 1, max: 5 }),
    n: optional(num({ min: 0, int: true })),
    tags: arr(oneOf(['a', 'b'] as const), { max: 2 }),
    when: nullable(str()),
  });

  it('accepts a valid value and drops unknown fields', () => {
    expect(v({ name: 'ok', tags: ['a'], when: null, junk: 1 }, '')).toEqual({
      name: 'ok',
      tags: ['a'],
      when: null,
    });
  });

  it('names the failing field', () => {
    expect(check(v, { name: '', tags: [], when: null })).toEqual({
      ok: false,
      error: 'name: shorter than 1',
    });
    expect(check(v, { name: 'x', tags: ['c'], when: null })).toMatchObject({
      error: expect.stringContaining('tags[0]'),
    });
    expect(check(v, { name: 'x', n: 1.5, tags: [], when: null })).toMatchObject({
      error: 'n: expected a whole number',
    });
    expect(check(v, { name: 'x', n: Number.NaN, tags: [], when: null })).toMatchObject({ ok: false });
    expect(check(v, { name: 'x', tags: ['a', 'a', 'b'], when: null })).toMatchObject({
      error: 'tags: more than 2 items',
    });
    expect(check(v, [])).toMatchObject({ error: 'expected an object' });
  });

  it('throws ValidationError with a path', () => {
    expect(() => v({ name: 5, tags: [], when: null }, 'payload')).toThrow(ValidationError);
    expect(() => v({ name: 5, tags: [], when: null }, 'payload')).toThrow('payload.name: expected a string');
  });
});
