import { foldText, indexTerm, isStopword, stem, tokenize } from './normalizeText';

export interface QueryTerm {
  /** Index form (folded, stemmed). */
  term: string;
  /** Typed as the last word with no space after it: the user may not have finished it. */
  prefix: boolean;
  /** Edit distance allowed, 0 for none. */
  fuzzy: number;
  /** Scores but is not required: a stopword being typed ("the" may yet become "theatre"). */
  optional?: boolean;
}

export interface Phrase {
  /** Folded, unstemmed. */
  words: string[];
  /** The closing quote is not typed yet: the last word may still grow. */
  open: boolean;
}

export interface ParsedQuery {
  /** Words outside quotes. */
  terms: QueryTerm[];
  /** Each quoted phrase, checked against the text word for word. */
  phrases: Phrase[];
  /** Phrase words the index holds (stopwords are not indexed), required in every hit. */
  phraseTerms: QueryTerm[];
  /** True when the text had nothing but whitespace. */
  empty: boolean;
}

/** Typos grow with the word: none under 4 letters, one up to 7, two from 8. */
function fuzzyDistance(term: string): number {
  if (term.length < 4) return 0;
  return term.length < 8 ? 1 : 2;
}

/** A prefix of one or two letters would expand to most of the vocabulary. */
const MIN_PREFIX = 2;

export function parseQuery(text: string): ParsedQuery {
  const phrases: Phrase[] = [];
  const phraseTerms: QueryTerm[] = [];
  // An unclosed quote still counts as a phrase: the user is typing it.
  const outside = text.replace(/"([^"]*)("|$)/gu, (_m, inner: string, close: string) => {
    const words = tokenize(foldText(inner));
    const open = close === '' && /[\p{L}\p{N}\p{M}]$/u.test(inner);
    if (words.length > 0) phrases.push({ words, open });
    words.forEach((w, i) => {
      const growing = open && i === words.length - 1;
      const term = growing ? (w.length >= MIN_PREFIX ? stem(w) : null) : indexTerm(w);
      if (term !== null && !phraseTerms.some((t) => t.term === term)) {
        phraseTerms.push({ term, prefix: growing, fuzzy: 0 });
      }
    });
    return ' ';
  });
  const words = tokenize(outside);
  const endsOpen = /[\p{L}\p{N}\p{M}]$/u.test(outside);
  const terms: QueryTerm[] = [];
  words.forEach((word, i) => {
    const isLast = i === words.length - 1 && endsOpen;
    const folded = foldText(word);
    if (isLast && folded.length >= MIN_PREFIX) {
      // Keep a stopword while it is being typed, but do not require it: "role of the" must not
      // narrow to passages that mention a theatre.
      const stop = isStopword(folded);
      const term = stop ? folded : stem(folded);
      terms.push({ term, prefix: true, fuzzy: stop ? 0 : fuzzyDistance(term), ...(stop ? { optional: true } : {}) });
      return;
    }
    const term = indexTerm(word);
    if (term !== null && !terms.some((t) => t.term === term)) {
      terms.push({ term, prefix: false, fuzzy: fuzzyDistance(term) });
    }
  });
  return { terms, phrases, phraseTerms, empty: text.trim() === '' };
}
