/**
 * One normalisation for the index, the query and the phrase check, so that they cannot disagree:
 * fold case and diacritics, split on anything that is not a letter or digit, drop stopwords
 * and one-letter tokens, and strip English plurals (a stemmer that stops there keeps phrase
 * checks exact, because phrases are checked on the folded text, not on stems).
 */

/** Letters NFD does not decompose into a base letter plus a mark. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ß: 'ss', æ: 'ae', Æ: 'ae',
  œ: 'oe', Œ: 'oe', ı: 'i', þ: 'th', Þ: 'th', ð: 'd', Ð: 'd',
};
const EXTRA_FOLD_RE = /[łŁøØđĐßæÆœŒıþÞðÐ]/gu;
const MARKS_RE = /\p{M}+/gu;

/** A word: letters, digits and the combining marks that belong to them. */
export const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

const STOPWORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be been but by for from had has have in into is it its of on or that the ' +
    'their them there these they this those to was were which will with').split(' '),
);

export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .replace(EXTRA_FOLD_RE, (c) => EXTRA_FOLDS[c] ?? c)
    .toLowerCase();
}

export function tokenize(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

/** Plural -> singular only: "partnerships" ~ "partnership", "policies" ~ "policy". */
export function stem(term: string): string {
  if (term.length <= 3 || /\d/u.test(term)) return term;
  if (term.endsWith('ies') && term.length > 4) return `${term.slice(0, -3)}y`;
  if (term.endsWith('sses')) return term.slice(0, -2);
  if (term.endsWith('s') && !/(?:ss|us|is)$/u.test(term)) return term.slice(0, -1);
  return term;
}

export function isStopword(folded: string): boolean {
  return STOPWORDS.has(folded);
}

/** The index form of one token, or null where it is not worth indexing. */
export function indexTerm(token: string): string | null {
  const folded = foldText(token);
  if (folded.length < 2 || isStopword(folded)) return null;
  return stem(folded);
}

/**
 * Text as a phrase check sees it: folded words separated by single spaces, padded with a
 * space at each end so that `includes(' ' + phrase + ' ')` matches whole words only.
 */
export function phraseForm(text: string): string {
  const words = tokenize(foldText(text));
  return words.length === 0 ? ' ' : ` ${words.join(' ')} `;
}

const ASCII_WORD = /^[A-Za-z0-9]+$/u;

export interface Token {
  start: number;
  end: number;
  /** Folded, unstemmed. */
  folded: string;
}

/** Tokens with offsets into the original (unfolded) text, for highlighting. */
export function tokensWithOffsets(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const word = m[0];
    // Most words are ASCII; NFD-folding each one was most of a snippet's cost.
    const folded = ASCII_WORD.test(word) ? word.toLowerCase() : foldText(word);
    tokens.push({ start: m.index, end: m.index + word.length, folded });
  }
  return tokens;
}
