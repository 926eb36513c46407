import { foldText, stem, tokensWithOffsets, WORD_RE, type Token } from './normalizeText';
import type { Phrase } from './parseQuery';

export type Span = [number, number];

/** Above this many terms (a short prefix), one pass over the words beats an indexOf per term. */
const FEW_TERMS = 16;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const HAS_MARK = /\p{M}/u;

/**
 * The folded text when every character folds to exactly one (so offsets carry over), else null.
 * Precomposed letters fold to their base letter; text carrying separate combining marks, or
 * letters that fold to two ("ß"), does not qualify.
 */
function foldAligned(text: string): string | null {
  if (HAS_MARK.test(text)) return null;
  const folded = foldText(text);
  return folded.length === text.length ? folded : null;
}

function phraseRegExp({ words, open }: Phrase): RegExp {
  // Words hold letters, digits and marks only, so they need no escaping.
  const body = words.join('[^\\p{L}\\p{N}\\p{M}]+') + (open ? '[\\p{L}\\p{N}\\p{M}]*' : '');
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${body}(?![\\p{L}\\p{N}\\p{M}])`, 'gu');
}

/** Words of the folded text whose index form is a matched term. */
function termSpans(folded: string, terms: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  if (terms.size <= FEW_TERMS) {
    for (const term of terms) {
      // A stem is a prefix of its words, except "policy" for "policies".
      const needle = term.endsWith('y') ? term.slice(0, -1) : term;
      for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
        if (at > 0 && WORD_CHAR.test(folded[at - 1] as string)) continue;
        let end = at + needle.length;
        while (end < folded.length && WORD_CHAR.test(folded[end] as string)) end++;
        if (terms.has(stem(folded.slice(at, end)))) spans.push([at, end]);
      }
    }
    return spans;
  }
  // Words repeat: decide each distinct word once.
  const decided = new Map<string, boolean>();
  for (const m of folded.matchAll(WORD_RE)) {
    let hit = decided.get(m[0]);
    if (hit === undefined) decided.set(m[0], (hit = terms.has(stem(m[0]))));
    if (hit) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** The slow, general path: fold word by word, for text whose folding changes its length. */
function tokenSpans(text: string, terms: ReadonlySet<string>, phrases: readonly Phrase[]): [Span[], Span[]] {
  const tokens = tokensWithOffsets(text);
  const phraseSpans: Span[] = [];
  for (const { words, open } of phrases) {
    const last = words.length - 1;
    const fits = (w: string, j: number, t: Token): boolean => (open && j === last ? t.folded.startsWith(w) : t.folded === w);
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (words.every((w, j) => fits(w, j, tokens[i + j] as Token))) {
        phraseSpans.push([(tokens[i] as Token).start, (tokens[i + last] as Token).end]);
      }
    }
  }
  const spans = tokens.filter((t) => terms.has(stem(t.folded))).map((t): Span => [t.start, t.end]);
  return [phraseSpans, spans];
}

/**
 * Spans of `text` to highlight, in order: every occurrence of a quoted phrase, and every word
 * whose index form the query reached (exact, prefix or typo), outside those phrases.
 */
export function findHighlights(text: string, terms: ReadonlySet<string>, phrases: readonly Phrase[]): Span[] {
  const folded = foldAligned(text);
  let phraseSpans: Span[];
  let spans: Span[];
  if (folded === null) {
    [phraseSpans, spans] = tokenSpans(text, terms, phrases);
  } else {
    phraseSpans = phrases.flatMap((p) => [...folded.matchAll(phraseRegExp(p))].map((m): Span => [m.index, m.index + m[0].length]));
    spans = terms.size > 0 ? termSpans(folded, terms) : [];
  }
  const inPhrase = ([s, e]: Span): boolean => phraseSpans.some(([ps, pe]) => s >= ps && e <= pe);
  const all = [...phraseSpans, ...spans.filter((s) => !inPhrase(s))].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // Drop repeats (a term reached twice) and overlaps (two phrases sharing words).
  return all.filter((s, i) => i === 0 || s[0] >= (all[i - 1] as Span)[1]);
}
