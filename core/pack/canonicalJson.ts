/**
 * JSON with object keys sorted and undefined values left out, so two packs that hold the same
 * content compare equal as text whatever order their keys were built in (the editor builds
 * blocks in its own order; a file read back has the schema's).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}
