import type { ExcerptDraft } from '../excerptDraft';

const STOP = new Set(['the', 'and', 'of', 'to', 'a', 'in', 'for', 'with', 'on', 'its', 'as', 'by', 'be', 'that', 'is', 'nato', 'nato’s']);

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}’'-]+/u)
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );
}

/** Share of the shorter text's content words that the other text also has. */
export function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.max(1, Math.min(wa.size, wb.size));
}

/** Text of a numbered item without its printed number. */
export function withoutNumber(text: string): string {
  return text.replace(/^\d{1,3}\.\s*/, '');
}

/** The list items (i., ii., ...) that follow excerpt `i` in the same section. */
export function subItems(excerpts: ExcerptDraft[], i: number): number[] {
  const out: number[] = [];
  const head = excerpts[i];
  for (let k = i + 1; k < excerpts.length; k++) {
    const e = excerpts[k];
    if (!e || !head || !/^[ivx]{1,4}\.$/.test(e.listMarker ?? '') || e.locator.section.join('|') !== head.locator.section.join('|')) break;
    out.push(k);
  }
  return out;
}
