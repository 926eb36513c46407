import type { CslItem } from './csl';
import { bibliographyEditorNames, bibliographyNames } from './contributorNames';
import { genericPartName, itemFacts, type ItemFacts } from './itemFacts';
import { bibliographyPublication } from './publicationFacts';
import { RunWriter } from './RunWriter';
import type { StyledRun } from './types';

/**
 * A bibliography entry, Chicago 18 form: elements separated by periods, first author inverted.
 *   Quercia, Paolo, Patrycja Sasnal, Julianne Smith, and Kurt Volker. *NATO in Libya: A
 *   Long-Term Plan for Stability*. PISM Policy Paper no. 11 (152). Polish Institute of
 *   International Affairs, July 2016.
 *   Giegerich, Bastian. “NATO’s Smart Defence Agenda: From Concepts to Implementation.” In
 *   *Dynamic Change*, edited by Riccardo Alcaro and Sonia Lucarelli, 19–29. [Istituto Affari
 *   Internazionali], [2013?].
 * Repeated authors are printed in full in every entry: CMOS 18 no longer recommends
 * the 3-em dash for a repeated name.
 */
export function formatBibliographyEntry(item: CslItem): StyledRun[] {
  const f = itemFacts(item);
  const w = new RunWriter();
  const lead = bibliographyLead(f);
  if (lead) w.add(lead).add('. ');
  switch (f.shape) {
    case 'book':
      w.title(f.title, 'italic').add('. ');
      if (f.authors.length > 0 && f.editors.length > 0) w.add(`Edited by ${bibliographyEditorNames(f.editors)}. `);
      if (f.series) w.add(`${f.series}. `);
      w.add(bibliographyPublication(f));
      break;
    case 'chapter': {
      const generic = genericPartName(f);
      if (generic) w.add(`${capitalize(generic)} to `);
      else w.title(f.title, 'quoted').add('. ');
      if (f.container) {
        if (!generic) w.add('In ');
        w.title(f.container, 'italic');
        if (f.editors.length > 0) w.add(`, edited by ${bibliographyEditorNames(f.editors)}`);
        if (f.pages) w.add(`, ${f.pages}`);
        w.add('. ');
      }
      if (f.series) w.add(`${f.series}. `);
      w.add(bibliographyPublication(f));
      break;
    }
    case 'periodical':
      w.title(f.title, 'quoted').add('. ');
      if (f.container) w.title(f.container, 'italic');
      if (f.volume) {
        w.add(` ${f.volume}`);
        if (f.issue) w.add(`, no. ${f.issue}`);
        w.add(` (${f.date})`);
        if (f.pages) w.add(`: ${f.pages}`);
      } else {
        w.add(f.container ? `, ${f.date}` : f.date);
      }
      break;
    case 'web':
      w.title(f.title, 'quoted').add('. ');
      w.add([f.container, f.publisher !== f.container ? f.publisher : undefined, f.date].filter(Boolean).join(', '));
      break;
  }
  w.add('.');
  if (f.accessed) w.add(` Accessed ${f.accessed}.`);
  if (f.url) w.add(` ${f.url}.`);
  return w.runs();
}

function bibliographyLead(f: ItemFacts): string {
  if (f.authors.length > 0) return bibliographyNames(f.authors);
  if (f.shape === 'book' && f.editors.length > 0) return `${bibliographyNames(f.editors)}, ${f.editors.length > 1 ? 'eds' : 'ed'}.`;
  return '';
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
