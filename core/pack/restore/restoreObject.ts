import type * as z from 'zod';

/** How one field is named in a repair notice and what it becomes when it cannot be read. */
export interface FieldRule {
  /** The field in words, as the sentence's subject: "Cover date". */
  label: string;
  /** The value an unreadable field falls back on; by default the schema's own default. */
  fallback?: unknown;
  /** Treat a missing field as unreadable even where the schema has a default (the marking). */
  missingIsUnreadable?: boolean;
  /** The fallback in words, where the value alone would not say it ("the passage's own"). */
  now?: string;
  /** Said after the repair: "please confirm or change it". */
  then?: string;
}

export type Rules<S extends z.ZodRawShape> = { [K in keyof S]?: FieldRule };

export interface RestoredObject<S extends z.ZodRawShape> {
  value: { [K in keyof S]: z.output<S[K]> };
  /** The fields that could not be read and fell back. */
  fellBack: Set<keyof S>;
}

/**
 * Restores a record field by field, as Excalidraw's `restore` does its elements: each field is
 * read with its own schema and, if it cannot be, falls back on its own, with a sentence saying
 * so. Other fields are kept exactly as they were. Returns null when a required field has no
 * fallback at all, so the caller decides what becomes of the whole record.
 */
export function restoreObject<S extends z.ZodRawShape>(
  shape: S,
  raw: unknown,
  rules: Rules<S>,
  repairs: string[],
): RestoredObject<S> | null {
  const obj = isRecord(raw) ? raw : {};
  const out: Record<string, unknown> = {};
  const fellBack = new Set<keyof S>();
  const said: string[] = [];
  for (const key of Object.keys(shape) as (keyof S & string)[]) {
    const schema = shape[key] as z.ZodType;
    const rule = rules[key];
    const given = obj[key];
    const parsed = schema.safeParse(given);
    if (parsed.success && !(given === undefined && rule?.missingIsUnreadable)) {
      if (parsed.data !== undefined) out[key] = parsed.data;
      continue;
    }
    let fallback: unknown;
    if (rule && 'fallback' in rule) fallback = rule.fallback;
    else {
      const byDefault = schema.safeParse(undefined);
      if (!byDefault.success) return null;
      fallback = byDefault.data;
    }
    if (fallback !== undefined) out[key] = fallback;
    fellBack.add(key);
    const how = given === undefined ? 'was missing' : 'was unreadable';
    said.push(`${rule?.label ?? key} ${how} and is now ${rule?.now ?? describeValue(fallback)}${rule?.then ? `: ${rule.then}` : ''}.`);
  }
  repairs.push(...said);
  return { value: out as RestoredObject<S>['value'], fellBack };
}

/** A value as a repair sentence names it: empty, on, off, or quoted. */
export function describeValue(value: unknown): string {
  if (value === '' || (Array.isArray(value) && value.length === 0)) return 'empty';
  if (value === true) return 'on';
  if (value === false || value === undefined) return 'off';
  if (typeof value === 'string') return `“${value}”`;
  return String(value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
