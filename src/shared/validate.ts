/**
 * Tiny runtime validators for messages and imported files. Each returns the value typed, or throws a
 * ValidationError naming the field ("posts[3].text: expected a string"). Hand-written to keep the
 * background and content bundles small; the shapes are simple.
 */
export class ValidationError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(path ? `${path}: ${reason}` : reason);
    this.name = 'ValidationError';
  }
}

export type Validator<T> = (value: unknown, path: string) => T;

export const str =
  (opts: { max?: number; min?: number } = {}): Validator<string> =>
  (v, path) => {
    if (typeof v !== 'string') throw new ValidationError(path, 'expected a string');
    if (opts.min !== undefined && v.length < opts.min)
      throw new ValidationError(path, `shorter than ${opts.min}`);
    if (opts.max !== undefined && v.length > opts.max)
      throw new ValidationError(path, `longer than ${opts.max}`);
    return v;
  };

export const num =
  (opts: { min?: number; max?: number; int?: boolean } = {}): Validator<number> =>
  (v, path) => {
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new ValidationError(path, 'expected a finite number');
    if (opts.int && !Number.isInteger(v)) throw new ValidationError(path, 'expected a whole number');
    if (opts.min !== undefined && v < opts.min) throw new ValidationError(path, `less than ${opts.min}`);
    if (opts.max !== undefined && v > opts.max) throw new ValidationError(path, `more than ${opts.max}`);
    return v;
  };

export const bool: Validator<boolean> = (v, path) => {
  if (typeof v !== 'boolean') throw new ValidationError(path, 'expected true or false');
  return v;
};

export const oneOf =
  <const T extends readonly string[]>(values: T): Validator<T[number]> =>
  (v, path) => {
    if (typeof v !== 'string' || !values.includes(v))
      throw new ValidationError(path, `expected one of ${values.join(', ')}`);
    return v as T[number];
  };

export const literal =
  <const T extends string | number | boolean>(value: T): Validator<T> =>
  (v, path) => {
    if (v !== value) throw new ValidationError(path, `expected ${JSON.stringify(value)}`);
    return value;
  };

export const arr =
  <T>(item: Validator<T>, opts: { max?: number } = {}): Validator<T[]> =>
  (v, path) => {
    if (!Array.isArray(v)) throw new ValidationError(path, 'expected a list');
    if (opts.max !== undefined && v.length > opts.max)
      throw new ValidationError(path, `more than ${opts.max} items`);
    return v.map((x, i) => item(x, `${path}[${i}]`));
  };

export const optional =
  <T>(inner: Validator<T>): Validator<T | undefined> =>
  (v, path) =>
    v === undefined ? undefined : inner(v, path);

export const nullable =
  <T>(inner: Validator<T>): Validator<T | null> =>
  (v, path) =>
    v === null ? null : inner(v, path);

type Shape = Record<string, Validator<unknown>>;
type FromShape<S extends Shape> = {
  [K in keyof S as undefined extends ReturnType<S[K]> ? never : K]: ReturnType<S[K]>;
} & { [K in keyof S as undefined extends ReturnType<S[K]> ? K : never]?: ReturnType<S[K]> };

/** An object with known fields; unknown fields are dropped (never passed on). */
export const obj =
  <S extends Shape>(shape: S): Validator<FromShape<S>> =>
  (v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
      throw new ValidationError(path, 'expected an object');
    const out: Record<string, unknown> = {};
    for (const [k, check] of Object.entries(shape)) {
      const val = check((v as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
      if (val !== undefined) out[k] = val;
    }
    return out as FromShape<S>;
  };

/** Run a validator and return a result instead of throwing. */
export function check<T>(
  validator: Validator<T>,
  value: unknown,
): { ok: true; value: T } | { ok: false; error: string } {
  try {
    return { ok: true, value: validator(value, '') };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
