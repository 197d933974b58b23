// Strict run-time checks for the messages between the panel's host and its webview. Each check both
// validates an `unknown` value and gives its TypeScript type (`Checked<typeof check>`), so a message's shape
// is written once. Strict means: unknown fields, wrong types, strings over their length limit and arrays over
// theirs are all rejected, because a message that does not match exactly is not one we sent.
// No DOM and no Node: the webview bundle compiles this file too.

export type Check<T> = (value: unknown, path: string) => T;
export type Checked<C> = C extends Check<infer T> ? T : never;

export class CheckError extends Error {}

function fail(path: string, expected: string): never {
  throw new CheckError(`${path || 'message'}: expected ${expected}`);
}

export function str(maxLength: number): Check<string> {
  return (value, path) => {
    if (typeof value !== 'string') fail(path, 'a string');
    if (value.length > maxLength) fail(path, `at most ${maxLength} characters`);
    return value;
  };
}

/** A finite number in [min, max] (NaN and the infinities never cross the boundary on purpose). */
export function num(min: number, max: number): Check<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) fail(path, `a number in [${min}, ${max}]`);
    return value;
  };
}

export function int(min: number, max: number): Check<number> {
  const inRange = num(min, max);
  return (value, path) => {
    const n = inRange(value, path);
    if (!Number.isInteger(n)) fail(path, 'an integer');
    return n;
  };
}

export const bool: Check<boolean> = (value, path) => (typeof value === 'boolean' ? value : fail(path, 'a boolean'));

export function oneOf<const T extends readonly string[]>(values: T): Check<T[number]> {
  return (value, path) => ((values as readonly unknown[]).includes(value) ? value as T[number] : fail(path, `one of ${values.join(', ')}`));
}

export function arrayOf<T>(item: Check<T>, maxLength: number): Check<readonly T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, 'an array');
    if (value.length > maxLength) fail(path, `at most ${maxLength} items`);
    return value.map((entry, i) => item(entry, `${path}[${i}]`));
  };
}

/** Marks a field that may be absent (an explicit `undefined` counts as absent). */
export interface Optional<T> {
  readonly optional: Check<T>;
}

export function optional<T>(check: Check<T>): Optional<T> {
  return { optional: check };
}

type Fields = Record<string, Check<unknown> | Optional<unknown>>;
type RequiredKeys<F extends Fields> = { [K in keyof F]: F[K] extends Optional<unknown> ? never : K }[keyof F];
type OptionalKeys<F extends Fields> = { [K in keyof F]: F[K] extends Optional<unknown> ? K : never }[keyof F];
type Flatten<T> = { [K in keyof T]: T[K] };
export type ObjectOf<F extends Fields> = Flatten<
  { readonly [K in RequiredKeys<F>]: F[K] extends Check<infer T> ? T : never } &
  { readonly [K in OptionalKeys<F>]?: F[K] extends Optional<infer T> ? T : never }
>;

/** A plain object with exactly these fields (optional ones may be missing); any other field is an error. */
export function object<F extends Fields>(fields: F): Check<ObjectOf<F>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object');
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!Object.prototype.hasOwnProperty.call(fields, key)) fail(`${path}.${key}`, 'no such field');
    }
    const result: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(fields)) {
      const field = record[key];
      if ('optional' in check) {
        if (field !== undefined) result[key] = check.optional(field, `${path}.${key}`);
      } else {
        result[key] = check(field, `${path}.${key}`);
      }
    }
    return result as ObjectOf<F>;
  };
}

/** Objects told apart by a discriminating field (`type`, `kind`), each checked by its own check. */
export function tagged<K extends string, C extends Record<string, Check<{ readonly [key in K]: string }>>>(key: K, variants: C): Check<Checked<C[keyof C]>> {
  return (value, path) => {
    const tag = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
    if (typeof tag !== 'string' || !Object.prototype.hasOwnProperty.call(variants, tag)) {
      fail(`${path}.${key}`, `one of ${Object.keys(variants).join(', ')}`);
    }
    return variants[tag](value, path) as Checked<C[keyof C]>;
  };
}

/** Exactly this string (a discriminator's value). */
export function literal<const T extends string>(expected: T): Check<T> {
  return (value, path) => (value === expected ? expected : fail(path, JSON.stringify(expected)));
}

/** Runs a check; a value that fails it is reported, never thrown. */
export function attempt<T>(check: Check<T>, value: unknown): { ok: true; value: T } | { ok: false; error: string } {
  try {
    return { ok: true, value: check(value, '') };
  } catch (error) {
    if (error instanceof CheckError) return { ok: false, error: error.message };
    throw error;
  }
}
