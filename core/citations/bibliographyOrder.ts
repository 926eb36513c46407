import type { CslItem } from './csl';
import { familyName } from './contributorNames';
import { itemFacts } from './itemFacts';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Chicago's bibliography order: by the first element of the entry, which is the authors'
 * names (surname, then given name, for each in turn), a corporate author's name, an edited
 * book's editors, or, for an unsigned work, its title. A leading "A", "An" or "The" and opening quotation marks
 * are ignored. Ties fall back to the title, then to the id, so the order is total.
 */
export function compareForBibliography(a: CslItem, b: CslItem): number {
  const ka = sortKeys(a);
  const kb = sortKeys(b);
  return collator.compare(ka.lead, kb.lead) || collator.compare(ka.title, kb.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function sortKeys(item: CslItem): { lead: string; title: string } {
  const f = itemFacts(item);
  const title = withoutArticle(f.title);
  const names = f.authors.length > 0 ? f.authors : f.shape === 'book' ? f.editors : [];
  if (names.length === 0) return { lead: title, title };
  // All names, in order: a single author's works precede that author's joint works, and joint
  // works order by the second author (CMOS), "Alcaro" < "Alcaro; Lucarelli" < "Alcaro; Marrone".
  const lead = names
    .map((n) => `${withoutArticle(familyName(n))} ${n.literal ? '' : (n.given ?? '')}`.trim())
    .join('; ');
  return { lead, title };
}

function withoutArticle(text: string): string {
  return text.replace(/^[\s\u201c\u2018"'([]+/, '').replace(/^(a|an|the)\s+/i, '');
}
