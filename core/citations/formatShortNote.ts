import type { CslItem } from './csl';
import { shortNames } from './contributorNames';
import { genericPartName, itemFacts } from './itemFacts';
import { RunWriter } from './RunWriter';
import type { NoteLocator, StyledRun } from './types';
import { writeLocator } from './writeLocator';

/**
 * A later note for a work already cited in full: surname(s), short title, locator.
 *   Quercia et al., *NATO in Libya*, 3.
 *   Giegerich, “NATO’s Smart Defence Agenda,” 45.
 *   Alcaro and Lucarelli, introduction, 2.   (an authored part with a generic name)
 *   “Introduction,” 2.   (unsigned: the short title alone)
 * An edited book without authors is shortened under its editors, without "ed." (CMOS).
 */
export function formatShortNote(item: CslItem, locator?: NoteLocator): StyledRun[] {
  const f = itemFacts(item);
  const w = new RunWriter();
  const names = f.authors.length > 0 ? f.authors : f.shape === 'book' ? f.editors : [];
  if (names.length > 0) w.add(shortNames(names)).add(', ');
  const generic = genericPartName(f);
  if (generic) w.add(generic);
  else w.title(f.shortTitle, f.shape === 'book' ? 'italic' : 'quoted');
  if (locator !== undefined) {
    w.add(', ');
    writeLocator(w, locator);
  }
  w.add('.');
  return w.runs();
}
