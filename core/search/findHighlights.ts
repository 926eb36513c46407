import { foldText, stem, tokensWithOffsets, WORD_RE, type Token } from './normalizeText';
import type { Phrase } from './parseQuery';

export type Span = [number, number];

const HAS_MARK = /\p{M}/u;

/**
 * A text's words as highlighting needs them, worked out once per text: where each word is and
 * its index form. Typing a query asks for the same hits' highlights keystroke after keystroke,
 * and folding, splitting and stemming the text was most of a search's time (about 0.1 ms a
 * hit); with this kept, a keystroke only compares the text's distinct index forms with the
 * query's terms.
 */
interface Words {
  /** The folded text when every character folds to exactly one (offsets carry over), else null. */
  folded: string | null;
  /** Where `folded` is null: the words with their folded forms, for phrases. */
  tokens: Token[] | null;
  starts: Int32Array;
  ends: Int32Array;
  /** Per word, its index form's position in `forms`. */
  formAt: Int32Array;
  /** The text's distinct index forms (stems of the folded words). */
  forms: string[];
}

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

function wordsOf(text: string): Words {
  const folded = foldAligned(text);
  // Aligned: the folded text's own words. Otherwise fold word by word, keeping offsets into the text.
  const tokens = folded === null ? tokensWithOffsets(text) : null;
  const list: { start: number; end: number; folded: string }[] =
    tokens ?? Array.from(folded!.matchAll(WORD_RE), (m) => ({ start: m.index, end: m.index + m[0].length, folded: m[0] }));
  const starts = new Int32Array(list.length);
  const ends = new Int32Array(list.length);
  const formAt = new Int32Array(list.length);
  const forms: string[] = [];
  // Words repeat: stem each distinct word once.
  const seen = new Map<string, number>();
  const formIds = new Map<string, number>();
  list.forEach((w, i) => {
    starts[i] = w.start;
    ends[i] = w.end;
    let id = seen.get(w.folded);
    if (id === undefined) {
      const form = stem(w.folded);
      id = formIds.get(form);
      if (id === undefined) formIds.set(form, (id = forms.push(form) - 1));
      seen.set(w.folded, id);
    }
    formAt[i] = id;
  });
  return { folded, tokens, starts, ends, formAt, forms };
}

/** Texts whose words are kept; the oldest is dropped first. A hit list is 50 texts or so. */
export const KEPT_TEXTS = 4096;
const kept = new Map<string, Words>();

function cachedWords(text: string): Words {
  let words = kept.get(text);
  if (words) {
    // Most recently used last, so the one dropped is the one not asked for longest.
    kept.delete(text);
  } else {
    words = wordsOf(text);
    if (kept.size >= KEPT_TEXTS) kept.delete(kept.keys().next().value!);
  }
  kept.set(text, words);
  return words;
}

/**
 * Works out and keeps `text`'s words now, so that the first search reaching it finds them ready.
 * A long-lived host calls this for the library's texts while it is idle: otherwise the first
 * keystrokes after a start each pay for fifty of them, with code not yet optimised (4–19 ms a
 * search, against 1–3 ms once kept).
 */
export function prepareHighlights(text: string): void {
  if (!kept.has(text)) cachedWords(text);
}

/** Whether `text`'s words are kept (prepared, or met in a search not long ago). */
export function isPrepared(text: string): boolean {
  return kept.has(text);
}

/** Words whose index form is a matched term. */
function termSpans(words: Words, terms: ReadonlySet<string>): Span[] {
  const spans: Span[] = [];
  if (terms.size === 0) return spans;
  const { forms, formAt, starts, ends } = words;
  const hit = new Uint8Array(forms.length);
  let any = false;
  for (let k = 0; k < forms.length; k++) {
    if (!terms.has(forms[k] as string)) continue;
    hit[k] = 1;
    any = true;
  }
  if (!any) return spans;
  for (let i = 0; i < formAt.length; i++) if (hit[formAt[i] as number]) spans.push([starts[i] as number, ends[i] as number]);
  return spans;
}

function phraseRegExp({ words, open }: Phrase): RegExp {
  // Words hold letters, digits and marks only, so they need no escaping.
  const body = words.join('[^\\p{L}\\p{N}\\p{M}]+') + (open ? '[\\p{L}\\p{N}\\p{M}]*' : '');
  return new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])${body}(?![\\p{L}\\p{N}\\p{M}])`, 'gu');
}

function phraseSpans({ folded, tokens }: Words, phrases: readonly Phrase[]): Span[] {
  if (folded !== null) return phrases.flatMap((p) => [...folded.matchAll(phraseRegExp(p))].map((m): Span => [m.index, m.index + m[0].length]));
  // Folding changed the text's length: match word by word, with offsets into the text.
  const spans: Span[] = [];
  for (const { words, open } of phrases) {
    const last = words.length - 1;
    const fits = (w: string, j: number, t: Token): boolean => (open && j === last ? t.folded.startsWith(w) : t.folded === w);
    for (let i = 0; i + words.length <= tokens!.length; i++) {
      if (words.every((w, j) => fits(w, j, tokens![i + j] as Token))) spans.push([(tokens![i] as Token).start, (tokens![i + last] as Token).end]);
    }
  }
  return spans;
}

/**
 * Spans of `text` to highlight, in order: every occurrence of a quoted phrase, and every word
 * whose index form the query reached (exact, prefix or typo), outside those phrases.
 */
export function findHighlights(text: string, terms: ReadonlySet<string>, phrases: readonly Phrase[]): Span[] {
  const words = cachedWords(text);
  const spans = termSpans(words, terms);
  if (phrases.length === 0) return spans;
  const inPhrases = phraseSpans(words, phrases);
  const inPhrase = ([s, e]: Span): boolean => inPhrases.some(([ps, pe]) => s >= ps && e <= pe);
  const all = [...inPhrases, ...spans.filter((s) => !inPhrase(s))].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // Drop repeats (a term reached twice) and overlaps (two phrases sharing words).
  return all.filter((s, i) => i === 0 || s[0] >= (all[i - 1] as Span)[1]);
}
