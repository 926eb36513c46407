import { curlyQuotes } from '../citations/curlyQuotes';
import { formatLocator } from '../citations/writeLocator';
import type { NoteLocator } from '../citations/types';
import { isDescriptiveTitle } from '../citations/RunWriter';
import { isPaginated, primaryLocator } from './primaryLocator';
import type { LibraryItem } from './types';

/**
 * The place a note cites for a library item, with its kind: the printed page where the source
 * has pages, else the innermost section and the paragraph, else the paragraph alone. A
 * "section" that is only the work's own title (an article without subheadings, or the bracketed
 * title a cataloguer supplied) tells the reader nothing and is left out: "para. 3".
 */
export function libraryLocator(item: LibraryItem, workTitle: string | undefined): NoteLocator {
  const place = primaryLocator(item);
  const page = place.page?.trim();
  if (page) return { kind: 'page', page: page.replace(/\s*[-\u2010-\u2015]\s*/g, '\u2013') };
  const section = citableSection(place.section.at(-1), workTitle);
  return section ? { kind: 'section', section, paragraph: place.paragraph } : { kind: 'paragraph', paragraph: place.paragraph };
}

/** The library item's place as it prints in a note: "12–13", "under “Summary,” para. 3". */
export function formatLibraryLocator(item: LibraryItem, workTitle: string | undefined): string {
  return formatLocator(libraryLocator(item, workTitle));
}

/**
 * Why a locator the user typed cannot be printed for this item, or undefined when it can: a
 * page of a source that prints no page numbers (the PISM paper, the CEPA article), or a page
 * outside the part's printed pages (`partPages`, the CSL page range, "19-29"), would send the
 * reader looking for a page that is not there.
 */
export function locatorMisfit(locator: NoteLocator, item: LibraryItem, title: string, partPages?: string): string | undefined {
  if (locator.kind !== 'page') return undefined;
  if (!isPaginated(item)) {
    return `“${title}” prints no page numbers, so page ${locator.page} cannot be found in it. Cite a paragraph (“para. 4”) or a section (“sec. Summary, para. 4”) instead.`;
  }
  const range = /^(\d+)\s*[-\u2013]\s*(\d+)$/.exec(partPages?.trim() ?? '');
  const [first, last] = locator.page.split('\u2013').map(Number);
  if (!range || first === undefined || Number.isNaN(first)) return undefined;
  const [from, to] = [Number(range[1]), Number(range[2])];
  if (first >= from && (last ?? first) <= to) return undefined;
  return `“${title}” runs from page ${from} to page ${to}, so page ${formatLocator(locator)} is not in it.`;
}

function citableSection(raw: string | undefined, workTitle: string | undefined): string | undefined {
  const section = curlyQuotes(raw ?? '');
  if (!section || isDescriptiveTitle(section)) return undefined;
  if (workTitle && comparable(section) === comparable(curlyQuotes(workTitle))) return undefined;
  return section;
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
