/**
 * Word counts over the whole corpus, taken only from the inside of lines (a word broken at a
 * line end is not evidence of anything). Dehyphenation asks it whether "long-term" or
 * "longterm" is the form the authors use elsewhere.
 */
export interface Lexicon {
  count(word: string): number;
  /** How many hyphenated words end in "-`head`" ("cluster-type" for "type"). */
  compoundsEndingIn(head: string): number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

export function buildLexicon(texts: string[]): Lexicon {
  const counts = new Map<string, number>();
  const heads = new Map<string, number>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const words = line.trim().match(WORD) ?? [];
      // The last word of a line may be the first half of a broken word: skip it.
      const inner = /-\s*$/.test(line) ? words.slice(0, -1) : words;
      for (const w of inner) {
        const k = w.toLowerCase();
        counts.set(k, (counts.get(k) ?? 0) + 1);
        const dash = k.lastIndexOf('-');
        if (dash > 0) heads.set(k.slice(dash + 1), (heads.get(k.slice(dash + 1)) ?? 0) + 1);
      }
    }
  }
  return { count: (w) => counts.get(w.toLowerCase()) ?? 0, compoundsEndingIn: (head) => heads.get(head.toLowerCase()) ?? 0 };
}
