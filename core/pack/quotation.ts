/**
 * Quoting part of a library passage: whole sentences, with Chicago's ellipsis where sentences
 * between them are left out, and the check that a quotation still says only what the library
 * says (used by the editor and by export, so they cannot disagree).
 */

/**
 * Chicago's ellipsis (CMOS 13.50–13.56; 12.59ff in earlier editions): three spaced periods,
 * joined by no-break spaces so a line never breaks inside it. Between two whole sentences it
 * follows the first sentence's own closing point, which makes four dots after a full stop.
 */
export const ELLIPSIS = '.\u00a0.\u00a0.';
const OMISSION = ` ${ELLIPSIS} `;

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Capt|Adm|Prof|No|Nos|vs|cf|pp?|para|vol|ch|fig|art|Art|e\.g|i\.e|etc|al|U\.S|U\.K|E\.U)|\b[A-Z])\.$/u;

/** The sentences of a passage as [start, end) offsets, the spaces between them left out. */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = text.search(/\S/u);
  if (start < 0) return spans;
  // A sentence ends at . ! or ? (after any closing quote or bracket), then space, then what
  // can begin a sentence: a capital, a digit or an opening quote or bracket.
  const end = /[.!?]["”’)\]]*(?=\s+["“‘([]?[\p{Lu}\p{N}])/gu;
  for (const m of text.matchAll(end)) {
    const stop = m.index + m[0].length;
    if (ABBREVIATIONS.test(text.slice(start, m.index + 1))) continue;
    spans.push([start, stop]);
    const next = text.slice(stop).search(/\S/u);
    start = stop + next;
  }
  const last = text.trimEnd().length;
  if (start < last) spans.push([start, last]);
  return spans;
}

/**
 * The chosen sentences (by index, any order) as one quotation. Sentences left out between two
 * chosen ones become an ellipsis; none is added before the first or after the last, as
 * Chicago quotes whole sentences (CMOS 13.56).
 */
export function quoteSentences(text: string, chosen: readonly number[]): string {
  const spans = sentenceSpans(text);
  const picked = [...new Set(chosen)].filter((i) => i >= 0 && i < spans.length).sort((a, b) => a - b);
  let out = '';
  picked.forEach((i, k) => {
    const [s, e] = spans[i]!;
    if (k > 0) out += i === picked[k - 1]! + 1 ? text.slice(spans[i - 1]![1], s) : OMISSION;
    out += text.slice(s, e);
  });
  return out;
}

/**
 * Does the quotation say only what the library says: the whole passage, or parts of it in
 * their order, with an ellipsis wherever something was left out?
 */
export function isFaithfulQuotation(quote: string, source: string): boolean {
  if (quote === source) return true;
  let from = 0;
  for (const part of quote.split(OMISSION)) {
    if (!part) return false;
    const at = source.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}
