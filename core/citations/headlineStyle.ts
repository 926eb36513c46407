/**
 * CMOS 18 8.159 headline style: capitalize the first and last words, the first word after a
 * colon, and every other word except articles, prepositions (whatever their length), the
 * coordinating conjunctions and, but, for, or, nor, and the words "to" and "as"; in a hyphenated
 * compound, each part (8.161: "Long-Term").
 */
const MINOR_WORDS = new Set([
  'a', 'an', 'the',
  'and', 'but', 'for', 'or', 'nor',
  'to', 'as', 'of', 'in', 'on', 'at', 'by', 'up', 'via', 'with', 'from', 'into', 'onto', 'upon', 'over', 'under', 'after',
  'before', 'between', 'among', 'about', 'against', 'across', 'along', 'around', 'behind', 'beyond', 'during', 'through',
  'toward', 'towards', 'within', 'without', 'beneath', 'despite', 'except', 'since', 'until', 'per',
]);

/** Acronyms that occur in the bundled sources' headings; anything else set in capitals is recased. */
const KNOWN_ACRONYMS = new Set(['NATO', 'EU', 'UN', 'USA', 'MENA', 'GCC', 'ICI', 'GNA', 'SSR', 'ISIS', 'UK']);

const lettersOf = (word: string) => word.replace(/[^\p{L}]/gu, '');

function isMinorAt(words: readonly string[], i: number): boolean {
  const afterColon = (words[i - 1] ?? '').endsWith(':');
  return i > 0 && i < words.length - 1 && !afterColon && MINOR_WORDS.has(lettersOf(words[i] ?? '').toLowerCase());
}

/** A heading set in capitals ("NATO AND THE GULF: A PARTNERSHIP") in headline style. */
export function headlineCase(text: string): string {
  const words = text.split(' ');
  return words
    .map((word, i) => {
      if (KNOWN_ACRONYMS.has(lettersOf(word))) return word;
      const lower = word.toLowerCase();
      if (isMinorAt(words, i)) return lower;
      return lower.replace(/(^|-)(\P{L}*)(\p{L})/gu, (_m, dash: string, lead: string, first: string) => dash + lead + first.toUpperCase());
    })
    .join(' ');
}

/**
 * The words of a title that break headline style, for checking metadata: a minor word
 * capitalized mid-title, or another word in lowercase ("its" is a pronoun: "Its").
 */
export function headlineStyleProblems(title: string): string[] {
  const words = title.split(' ');
  return words.filter((word, i) => {
    const letters = lettersOf(word);
    if (!letters) return false;
    const first = letters.charAt(0);
    const capital = first !== first.toLowerCase();
    return isMinorAt(words, i) ? capital && letters !== letters.toUpperCase() : !capital;
  });
}
