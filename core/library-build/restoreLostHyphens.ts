import type { Lexicon } from './lexicon';
import type { SourceLine } from './pipelineTypes';

const WORD = /[\p{L}]{6,}/gu;

/**
 * Second halves that make adjectival compounds of almost any noun ("gendarmerie-type",
 * "Madrid-based", "NATO-led"): a merged word ending in one of these is split only if the corpus
 * itself hyphenates other compounds with it.
 */
const COMPOUND_HEADS = ['type', 'based', 'led', 'related', 'oriented', 'style', 'owned', 'backed', 'driven', 'focused'];

/**
 * Where the extractor merged two printed lines into one over-long line it also dropped the
 * line-end hyphen ("selfproclaimed"). In such lines only, a word that occurs nowhere else but
 * whose hyphenated split does ("self-proclaimed") gets its hyphen back; so does one ending in a
 * compound head the corpus hyphenates elsewhere ("gendarmerietype", beside "cluster-type").
 * Words without such evidence ("armedwing") are left as extracted and reported by the sweep.
 */
export function restoreLostHyphens(lines: SourceLine[], width: number, lex: Lexicon, onRestore: (message: string) => void): SourceLine[] {
  return lines.map((l) => {
    if (l.text.trim().length <= width) return l;
    const text = l.text.replace(WORD, (w) => {
      if (lex.count(w) > 1) return w;
      for (let k = 2; k <= w.length - 2; k++) {
        const candidate = `${w.slice(0, k)}-${w.slice(k)}`;
        if (lex.count(candidate) > 0) {
          onRestore(`line ${l.no}: "${w}" -> "${candidate}"`);
          return candidate;
        }
      }
      const head = COMPOUND_HEADS.find((h) => w.toLowerCase().endsWith(h) && w.length - h.length >= 4 && lex.compoundsEndingIn(h) > 0);
      if (head) {
        const candidate = `${w.slice(0, -head.length)}-${w.slice(-head.length)}`;
        onRestore(`line ${l.no}: "${w}" -> "${candidate}" (the corpus hyphenates other "-${head}" compounds)`);
        return candidate;
      }
      return w;
    });
    return text === l.text ? l : { ...l, text };
  });
}
