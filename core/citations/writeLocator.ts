import { curlyQuotes } from './curlyQuotes';
import { formatPageRange } from './formatPageRange';
import { plainText } from './plainText';
import { RunWriter } from './RunWriter';
import type { NoteLocator } from './types';

/**
 * The cited place, as Chicago prints it after the comma, by kind:
 * - page: the page or range, bare: "12", "12–13", "118–19" (no "p.": CMOS 14.18);
 * - paragraph: "para. 3", "paras. 3–5", for an unpaginated work (CMOS 14.160);
 * - section: a numbered section as "sec. 2"; a heading with "under", which is CMOS's form for
 *   citing an unpaginated electronic work by its headings: under “Cooperative Security.”
 *   With a paragraph number the two combine, so that a reader can count paragraphs from a
 *   heading they can find: under “Cooperative Security,” para. 3.
 * A heading printed in capitals is given in headline-style capitals, as CMOS treats
 * all-capital titles ("SUMMARY" → “Summary”).
 */
export function writeLocator(w: RunWriter, locator: NoteLocator): void {
  switch (locator.kind) {
    case 'page':
      w.add(formatPageRange(locator.page));
      return;
    case 'paragraph':
      w.add(locator.through === undefined ? `para. ${locator.paragraph}` : `paras. ${locator.paragraph}\u2013${locator.through}`);
      return;
    case 'section': {
      const section = curlyQuotes(locator.section);
      if (isSectionNumber(section)) w.add(`sec. ${section}`);
      else w.add('under ').quoted(isAllCaps(section) ? headlineCase(section) : section);
      if (locator.paragraph !== undefined) w.add(`, para. ${locator.paragraph}`);
    }
  }
}

/**
 * The locator alone as plain text, exactly as it appears inside a note: what search results,
 * the library panel and the command line show, so that a reader finds it verbatim in the note.
 */
export function formatLocator(locator: NoteLocator): string {
  const w = new RunWriter();
  writeLocator(w, locator);
  return plainText(w.runs());
}

/** A stable comparison key: two notes cite the same place when these are equal. */
export function locatorKey(locator: NoteLocator | undefined): string {
  return locator === undefined ? '' : `${locator.kind}:${formatLocator(locator)}`;
}

/** "2", "2.3", "4a", "IV": a section number, printed "sec. 2" rather than quoted as a heading. */
function isSectionNumber(section: string): boolean {
  return /^(\d+(\.\d+)*[a-z]?|[IVXLC]+)$/.test(section);
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * CMOS 8.159 headline style for a heading set in capitals: capitalize the first and last words
 * and every word after a colon; lowercase articles, prepositions, the coordinating conjunctions
 * and, but, for, or, nor, and "to" and "as". Short acronyms the sources use (NATO, EU, MENA) stay
 * in capitals.
 */
export function headlineCase(text: string): string {
  const words = text.split(' ');
  return words
    .map((word, i) => {
      const lower = word.toLowerCase();
      const afterColon = (words[i - 1] ?? '').endsWith(':');
      if (KNOWN_ACRONYMS.has(word.replace(/[^\p{L}]/gu, ''))) return word;
      if (i > 0 && i < words.length - 1 && !afterColon && MINOR_WORDS.has(lower)) return lower;
      // CMOS 8.161: each part of a hyphenated compound is capitalized ("Long-Term").
      return lower.replace(/(^|-)(\P{L}*)(\p{L})/gu, (_m, dash: string, lead: string, first: string) => dash + lead + first.toUpperCase());
    })
    .join(' ');
}

const MINOR_WORDS = new Set([
  // articles
  'a', 'an', 'the',
  // coordinating conjunctions (CMOS 8.159: and, but, for, or, nor)
  'and', 'but', 'for', 'or', 'nor',
  // "to" and "as", and prepositions, whatever their length
  'to', 'as', 'of', 'in', 'on', 'at', 'by', 'up', 'via', 'with', 'from', 'into', 'onto', 'upon', 'over', 'under', 'after',
  'before', 'between', 'among', 'about', 'against', 'across', 'along', 'around', 'behind', 'beyond', 'during', 'through',
  'toward', 'towards', 'within', 'without', 'beneath', 'despite', 'except', 'since', 'until', 'per',
]);

/** Acronyms that occur in the bundled sources' headings; anything else is recased. */
const KNOWN_ACRONYMS = new Set(['NATO', 'EU', 'UN', 'USA', 'MENA', 'GCC', 'ICI', 'GNA', 'SSR', 'ISIS', 'UK']);
