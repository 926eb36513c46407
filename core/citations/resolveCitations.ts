import type { CslItem } from './csl';
import { compareForBibliography } from './bibliographyOrder';
import { formatBibliographyEntry } from './formatBibliographyEntry';
import { formatFullNote } from './formatFullNote';
import { formatShortNote } from './formatShortNote';
import { mergeRuns } from './mergeRuns';
import type { NoteLocator, NoteRequest, ResolveOptions, ResolvedCitations, StyledRun } from './types';
import { locatorKey, writeLocator } from './writeLocator';
import { RunWriter } from './RunWriter';

/**
 * Numbers the notes in the order given and writes each one: the first citation of a work in
 * full, later ones short; with `ibid`, a citation of the same work as the note just before it
 * becomes "Ibid." (", 14." when the place differs). The user's own footnotes pass through and
 * break an ibid chain, since "Ibid." would then point at the wrong note.
 *
 * One case departs from a mechanical reading: a citation without a locator right after one
 * with a locator is written as a short note, not "Ibid.", because "Ibid." alone would mean the
 * same page as the note before.
 *
 * CMOS 18 discourages ibid. in favour of short notes; that is why it is an option.
 */
export function resolveCitations(
  requests: readonly NoteRequest[],
  items: ReadonlyMap<string, CslItem>,
  options: ResolveOptions,
): ResolvedCitations {
  const cited: CslItem[] = [];
  const seen = new Set<string>();
  let previous: { itemId: string; place: string } | undefined;

  const notes = requests.map((request): StyledRun[] => {
    if (request.kind === 'text') {
      previous = undefined;
      return mergeRuns([{ text: request.text }]);
    }
    const item = items.get(request.itemId);
    if (!item) throw new Error(`Cannot write a note for "${request.itemId}": no such item in the library.`);
    const place = locatorKey(request.locator);
    const sameAsPrevious = previous?.itemId === request.itemId && (place !== '' || previous.place === '');
    let runs: StyledRun[];
    if (options.ibid && sameAsPrevious && previous) {
      runs = ibid(place === previous.place ? undefined : request.locator);
    } else if (seen.has(request.itemId)) {
      runs = formatShortNote(item, request.locator);
    } else {
      runs = formatFullNote(item, request.locator);
    }
    if (!seen.has(request.itemId)) {
      seen.add(request.itemId);
      cited.push(item);
    }
    previous = { itemId: request.itemId, place };
    return request.adapted ? adaptedFrom(runs) : runs;
  });

  const bibliography = [...cited].sort(compareForBibliography).map(formatBibliographyEntry);
  return { notes, bibliography };
}

function ibid(locator: NoteLocator | undefined): StyledRun[] {
  const w = new RunWriter().add('Ibid.');
  if (locator !== undefined) {
    w.add(', ');
    writeLocator(w, locator);
  }
  return w.add('.').runs();
}

/**
 * "Adapted from " + the note, author names untouched. Mid-sentence, Chicago lowercases
 * "ibid.", so an adapted ibid reads "Adapted from ibid., 14."
 */
function adaptedFrom(note: StyledRun[]): StyledRun[] {
  const [first, ...rest] = note;
  if (!first) return note;
  const text = !first.italic && first.text.startsWith('Ibid.') ? `ibid.${first.text.slice(5)}` : first.text;
  return mergeRuns([{ text: 'Adapted from ' }, { ...first, text }, ...rest]);
}
