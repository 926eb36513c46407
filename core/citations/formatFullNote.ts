import type { CslItem } from './csl';
import { noteNames } from './contributorNames';
import { genericPartName, itemFacts, type ItemFacts } from './itemFacts';
import { bibliographyPublication, notePublication } from './publicationFacts';
import { RunWriter } from './RunWriter';
import type { NoteLocator, StyledRun } from './types';
import { writeLocator } from './writeLocator';

/**
 * The first note for a work, Chicago 18 notes-and-bibliography form:
 *   Paolo Quercia et al., *NATO in Libya: A Long-Term Plan for Stability*, PISM Policy Paper no.
 *   11 (152) (Polish Institute of International Affairs, July 2016), 3.
 *   Bastian Giegerich, “NATO’s Smart Defence Agenda: From Concepts to Implementation,” in
 *   *Dynamic Change*, ed. Riccardo Alcaro and Sonia Lucarelli ([Istituto Affari Internazionali],
 *   [2013?]), 19.
 * Place of publication is not printed: CMOS 18 no longer requires it and our sources do not all
 * give one, so printing it for some would look inconsistent.
 */
export function formatFullNote(item: CslItem, locator?: NoteLocator): StyledRun[] {
  const f = itemFacts(item);
  const w = new RunWriter();
  const lead = noteLead(f);
  if (lead) w.add(lead).add(', ');
  let locatorWritten = false;
  switch (f.shape) {
    case 'book':
      w.title(f.title, 'italic');
      if (f.authors.length > 0 && f.editors.length > 0) w.add(`, ed. ${noteNames(f.editors)}`);
      if (f.series) w.add(`, ${f.series}`);
      w.add(` (${notePublication(f)})`);
      break;
    case 'chapter': {
      const generic = genericPartName(f);
      if (generic) w.add(`${generic} to `);
      else w.title(f.title, 'quoted');
      if (f.container) {
        if (!generic) w.add(', in ');
        w.title(f.container, 'italic');
        if (f.editors.length > 0) w.add(`, ed. ${noteNames(f.editors)}`);
        if (f.series) w.add(`, ${f.series}`);
        w.add(` (${notePublication(f)})`);
      } else {
        if (f.series) w.add(`, ${f.series}`);
        w.add(`, ${bibliographyPublication(f)}`);
      }
      break;
    }
    case 'periodical':
      w.title(f.title, 'quoted');
      if (f.container) w.add(', ').title(f.container, 'italic');
      if (f.volume) {
        w.add(` ${f.volume}`);
        if (f.issue) w.add(`, no. ${f.issue}`);
        w.add(` (${f.date})`);
        if (locator !== undefined) {
          w.add(': ');
          writeLocator(w, locator);
          locatorWritten = true;
        }
      } else {
        w.add(`, ${f.date}`);
      }
      break;
    case 'web':
      w.title(f.title, 'quoted');
      if (f.container) w.add(`, ${f.container}`);
      if (f.publisher && f.publisher !== f.container) w.add(`, ${f.publisher}`);
      w.add(`, ${f.date}`);
      break;
  }
  if (!locatorWritten && locator !== undefined) {
    w.add(', ');
    writeLocator(w, locator);
  }
  if (f.accessed) w.add(`, accessed ${f.accessed}`);
  if (f.url) w.add(`, ${f.url}`);
  w.add('.');
  return w.runs();
}

/** Who a note begins with: the authors; for an edited book without authors, its editors. */
function noteLead(f: ItemFacts): string {
  if (f.authors.length > 0) return noteNames(f.authors);
  if (f.shape === 'book' && f.editors.length > 0) return `${noteNames(f.editors)}, ${f.editors.length > 1 ? 'eds.' : 'ed.'}`;
  // Unsigned work: the note begins with the title (CMOS: no "Anonymous").
  return '';
}
