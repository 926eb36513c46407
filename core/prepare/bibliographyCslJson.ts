import { compareForBibliography } from '../citations/bibliographyOrder';
import type { CslItem } from '../citations/csl';

/**
 * A pack's bibliography as CSL-JSON for Zotero and pandoc: the works its notes cite, in
 * Chicago bibliography order (the order the exported bibliography prints), as the CSL items the
 * notes are made from, so Zotero re-creates the same references.
 */
export function bibliographyCslJson(cited: readonly CslItem[]): string {
  return `${JSON.stringify([...cited].sort(compareForBibliography), null, 2)}\n`;
}
