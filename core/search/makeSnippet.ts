import type { Snippet } from './types';

const WINDOW = 200;
/** Texts up to this long are shown whole: cutting them would save a few words at most. */
const WHOLE = 240;
const ELLIPSIS = '…';

/** Move a cut forward (or back) off the middle of a word. */
function toBoundary(text: string, at: number, direction: 1 | -1): number {
  let i = at;
  const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
  if (direction === 1) {
    if (i === 0 || isSpace(text[i - 1])) return i;
    while (i < text.length && !isSpace(text[i])) i++;
    while (i < text.length && isSpace(text[i])) i++;
  } else {
    if (i >= text.length || isSpace(text[i])) return i;
    while (i > 0 && !isSpace(text[i - 1])) i--;
    while (i > 0 && isSpace(text[i - 1])) i--;
  }
  return i;
}

/**
 * About 200 characters around the densest cluster of matches, cut at word boundaries, with an
 * ellipsis where the text goes on. Highlight offsets are into the snippet, ellipsis included.
 */
export function makeSnippet(text: string, spans: [number, number][]): Snippet {
  if (text.length <= WHOLE) return { text, highlights: spans };
  let best = { start: 0, end: 0, score: -1 };
  for (let i = 0; i < spans.length; i++) {
    const first = spans[i] as [number, number];
    const covered = new Set<string>();
    let end = first[1];
    let count = 0;
    for (let j = i; j < spans.length; j++) {
      const s = spans[j] as [number, number];
      if (s[1] - first[0] > WINDOW) break;
      covered.add(text.slice(s[0], s[1]).toLowerCase());
      end = s[1];
      count++;
    }
    // Distinct matched words first, then every match; the earliest cluster wins a tie.
    const score = covered.size * 1000 + count;
    if (score > best.score) best = { start: first[0], end, score };
  }
  let start = 0;
  if (best.score >= 0) {
    const slack = WINDOW - (best.end - best.start);
    start = Math.max(0, Math.min(text.length - WINDOW, best.start - Math.floor(slack / 3)));
  }
  const from = toBoundary(text, start, 1);
  let to = toBoundary(text, Math.min(text.length, start + WINDOW), -1);
  if (to <= from) to = Math.min(text.length, from + WINDOW);
  const lead = from > 0 ? ELLIPSIS : '';
  const tail = to < text.length ? ELLIPSIS : '';
  const highlights = spans
    .filter(([s, e]) => s >= from && e <= to)
    .map(([s, e]): [number, number] => [s - from + lead.length, e - from + lead.length]);
  return { text: lead + text.slice(from, to) + tail, highlights };
}
