/**
 * Stable IDs. An ID is the source ID, a kind letter and a hash of the item's normalized text,
 * so it survives rebuilds, reordering and edits elsewhere in the library. Two items of one
 * source with the same normalized text get "-2", "-3", ... in reading order.
 */

/** cyrb53: a small, well-mixed 53-bit string hash (public domain); deterministic everywhere. */
export function hash53(str: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Text as the ID sees it: case, spacing, quote styles and dashes do not change an ID. */
export function normalizeForId(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

export type IdKind = 'x' | 'r';

/** Hands out IDs for one source, applying the collision suffix rule. */
export function createIdMaker(sourceId: string): (kind: IdKind, text: string) => string {
  const seen = new Map<string, number>();
  return (kind, text) => {
    const base = `${sourceId}-${kind}-${hash53(normalizeForId(text)).toString(36).padStart(11, '0')}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}
