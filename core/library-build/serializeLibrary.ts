import type { Library } from '../library/types';

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

/** Library as JSON with sorted keys and a trailing newline, so rebuilds diff cleanly. */
export function serializeLibrary(library: Library): string {
  return `${JSON.stringify(sortKeys(library), null, 2)}\n`;
}
