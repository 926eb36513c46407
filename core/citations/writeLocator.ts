import { curlyQuotes } from './curlyQuotes';
import { headlineCase } from './headlineStyle';
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
