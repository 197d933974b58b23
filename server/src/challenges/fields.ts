// Reading untrusted JSON one field at a time: each reader returns the value when it has the right shape and
// otherwise records a message naming the field's path (`options[2].id: …`), so one pass over a file lists
// every problem in it instead of stopping at the first.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

// Limits within what the panel's protocol carries (client/src/challenges/protocol.ts: Markdown 20,000 characters,
// a line 1,000, an id 200, lists 50), so that a challenge the loader accepts can always be shown.
/** Any one Markdown text: the longest shipped one is about 500 characters. */
export const MAX_TEXT_LENGTH = 10_000;
/** An address, a line of code. */
export const MAX_LINE_LENGTH = 1_000;
/** A challenge's or the badge's title: the panel puts it into longer lines ("Continue: Challenge — <title> …"). */
export const MAX_TITLE_LENGTH = 200;
/** Hints, references, tags, options, hidden inputs: a handful each in every shipped challenge. */
export const MAX_ITEMS = 50;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${quoted(value)}`;
}

/** A value as a problem quotes it: short, so that a hostile or runaway value is not repeated to the learner in full. */
export function quoted(value: unknown): string {
  // Numbers as JavaScript prints them: JSON would print Infinity (what 1e999 parses to) as null.
  const text = typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

export class FieldReader {
  readonly problems: string[] = [];

  report(path: string, message: string): void {
    this.problems.push(`${path}: ${message}`);
  }

  /** Fields other than `allowed` are reported: a misspelt optional field would otherwise be silently ignored. */
  onlyKnownFields(object: JsonObject, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(object)) {
      if (!allowed.includes(key)) this.report(path ? `${path}.${key}` : key, `unknown field (allowed: ${allowed.join(', ')})`);
    }
  }

  object(value: unknown, path: string): JsonObject | undefined {
    if (isObject(value)) return value;
    this.report(path, `must be an object, is ${describe(value)}`);
    return undefined;
  }

  string(value: unknown, path: string, rule?: { pattern?: RegExp; patternName?: string; oneOf?: readonly string[]; maxLength?: number }): string | undefined {
    if (typeof value !== 'string' || value.trim() === '') {
      this.report(path, `must be a non-empty string, is ${describe(value)}`);
      return undefined;
    }
    const maxLength = rule?.maxLength ?? MAX_TEXT_LENGTH;
    if (value.length > maxLength) {
      this.report(path, `is ${value.length.toLocaleString('en-US')} characters long; at most ${maxLength.toLocaleString('en-US')}`);
      return undefined;
    }
    if (rule?.oneOf && !rule.oneOf.includes(value)) {
      this.report(path, `must be one of ${rule.oneOf.join(', ')}, is ${quoted(value)}`);
      return undefined;
    }
    if (rule?.pattern && !rule.pattern.test(value)) {
      this.report(path, `must be ${rule.patternName ?? `like ${rule.pattern}`}, is ${quoted(value)}`);
      return undefined;
    }
    return value;
  }

  integer(value: unknown, path: string, minimum: number, maximum: number): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum || value > maximum) {
      this.report(path, `must be an integer from ${minimum} to ${maximum}, is ${describe(value)}`);
      return undefined;
    }
    return value;
  }

  array(value: unknown, path: string, minItems = 0): unknown[] | undefined {
    if (!Array.isArray(value)) {
      this.report(path, `must be an array, is ${describe(value)}`);
      return undefined;
    }
    if (value.length > MAX_ITEMS) {
      this.report(path, `has ${value.length.toLocaleString('en-US')} items; at most ${MAX_ITEMS}`);
      return undefined;
    }
    if (value.length < minItems) {
      this.report(path, `must have at least ${minItems} item${minItems === 1 ? '' : 's'}, has ${value.length}`);
      return undefined;
    }
    return value;
  }

  /** An array of strings; bad items are reported and left out. */
  strings(value: unknown, path: string, minItems: number, rule?: Parameters<FieldReader['string']>[2]): string[] | undefined {
    const items = this.array(value, path, minItems);
    if (!items) return undefined;
    const strings = items.map((item, i) => this.string(item, `${path}[${i}]`, rule));
    return strings.every((s): s is string => s !== undefined) ? strings : undefined;
  }
}
