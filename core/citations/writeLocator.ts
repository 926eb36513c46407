import { curlyQuotes } from './curlyQuotes';
import { formatPageRange } from './formatPageRange';
import { isDescriptiveTitle, type RunWriter } from './RunWriter';
import type { NoteLocator } from './types';

/** True when the locator prints anything; callers write the comma before it. */
export function hasLocator(locator: NoteLocator | undefined): locator is NoteLocator {
  if (!locator) return false;
  return Boolean(locator.page?.trim() || locator.section?.trim() || locator.paragraph !== undefined);
}

/**
 * The cited place, as Chicago prints it after the comma:
 * - a page or range, bare: "12", "12–13" (no "p.");
 * - for a source without printed pages (an online article), the innermost section heading with
 *   "under" and, when known, the paragraph number: under “Cooperative Security,” para. 3. This
 *   is CMOS's form for unpaginated electronic works (cite a heading with "under", or "para."),
 *   combined so that a reader can count paragraphs from a heading they can find.
 * A page, when present, wins: it is the more precise locator in a paginated source.
 *
 * A "section" that is only the work's own title (an article without subheadings) says nothing
 * and is left out: "para. 3". A heading printed in capitals is given in title case, as CMOS
 * treats all-capital titles ("SUMMARY" → “Summary”).
 */
export function writeLocator(w: RunWriter, locator: NoteLocator, workTitle?: string): void {
  const page = locator.page?.trim();
  if (page) {
    w.add(formatPageRange(page));
    return;
  }
  const section = citableSection(locator.section, workTitle);
  if (section) {
    w.add('under ').quoted(section);
    if (locator.paragraph !== undefined) w.add(`, para. ${locator.paragraph}`);
    return;
  }
  if (locator.paragraph !== undefined) w.add(`para. ${locator.paragraph}`);
}

/** A stable comparison key: two notes cite the same place when these are equal. */
export function locatorKey(locator: NoteLocator | undefined): string {
  if (!hasLocator(locator)) return '';
  const page = locator.page?.trim();
  if (page) return `p:${formatPageRange(page)}`;
  return `s:${curlyQuotes(locator.section ?? '')}|${locator.paragraph ?? ''}`;
}

function citableSection(raw: string | undefined, workTitle: string | undefined): string | undefined {
  const section = curlyQuotes(raw ?? '');
  if (!section || isDescriptiveTitle(section)) return undefined;
  if (workTitle && comparable(section) === comparable(workTitle)) return undefined;
  return isAllCaps(section) ? titleCase(section) : section;
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'of', 'in', 'on', 'at', 'to', 'by', 'as', 'up', 'via']);

/** CMOS title case for a heading set in capitals; short acronyms (NATO, EU, MENA) stay capitals. */
function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, i, words) => {
      const lower = word.toLowerCase();
      const afterColon = (words[i - 1] ?? '').endsWith(':');
      if (i > 0 && i < words.length - 1 && !afterColon && MINOR_WORDS.has(lower)) return lower;
      if (/^\p{Lu}{2,4}$/u.test(word) && KNOWN_ACRONYMS.has(word)) return word;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(' ');
}

/** Acronyms that occur in the bundled sources' headings; anything else is recased. */
const KNOWN_ACRONYMS = new Set(['NATO', 'EU', 'UN', 'USA', 'MENA', 'GCC', 'ICI', 'GNA', 'SSR', 'ISIS', 'UK']);
