import { clean } from './lineTools';
import type { SourceLine } from './pipelineTypes';

function words(text: string): string[] {
  return clean(text).split(/\s+/).filter(Boolean);
}

export interface PullQuoteResult {
  lines: SourceLine[];
  /** Quotes that could not be found (reported as anomalies). */
  missing: string[];
}

/**
 * Removes pull quotes whose lines the extractor interleaved with the body lines of the column
 * beside them. Each quote repeats (or paraphrases) the body, so it is listed by its text; it is
 * found from its closing line (ending in ”) backwards: a line belongs to the quote when its
 * words are exactly the next words of the quote still unmatched, otherwise it is body text.
 * Quotes are searched in order, each after the previous one.
 */
export function removePullQuotes(lines: SourceLine[], quotes: string[], window = 40): PullQuoteResult {
  const drop = new Set<number>();
  const missing: string[] = [];
  let from = 0;
  for (const quote of quotes) {
    const q = words(quote);
    let found = false;
    for (let end = from; end < lines.length && !found; end++) {
      const endWords = words(lines[end]?.text ?? '');
      if (endWords.length === 0 || !clean(lines[end]?.text ?? '').endsWith('”')) continue;
      const tail = q.slice(q.length - endWords.length);
      if (tail.join(' ') !== endWords.join(' ')) continue;
      let remaining = q.slice(0, q.length - endWords.length);
      const taken = [end];
      for (let i = end - 1; i >= Math.max(0, end - window) && remaining.length > 0; i--) {
        const w = words(lines[i]?.text ?? '');
        if (w.length === 0 || w.length > remaining.length) continue;
        if (remaining.slice(remaining.length - w.length).join(' ') === w.join(' ')) {
          remaining = remaining.slice(0, remaining.length - w.length);
          taken.push(i);
        }
      }
      if (remaining.length === 0) {
        for (const i of taken) drop.add(i);
        // The body column beside the quote is narrowed a little before and after it too.
        const lo = Math.min(...taken);
        for (let i = Math.max(0, lo - 3); i <= Math.min(lines.length - 1, end + 15); i++) {
          const l = lines[i];
          if (l && !drop.has(i) && (i >= lo && i <= end ? true : clean(l.text).length < 40)) l.narrow = true;
        }
        from = end + 1;
        found = true;
      }
    }
    if (!found) missing.push(quote);
  }
  return { lines: lines.filter((_, i) => !drop.has(i)), missing };
}
