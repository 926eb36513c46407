import type { Settings } from '../../pack/schema';

/** Page size and margins in twentieths of a point (twips), the unit Word's section properties use. */
export interface PageGeometry {
  width: number;
  height: number;
  /** The same margin on all four sides. */
  margin: number;
  /** Distance of the header and footer from the page edge. */
  headerFooter: number;
}

/** A4 with 2.5 cm margins, Letter with 1 inch: what a Word user in each market expects. */
export function pageGeometry(paper: Settings['paper']): PageGeometry {
  return paper === 'letter'
    ? { width: 12240, height: 15840, margin: 1440, headerFooter: 720 }
    : { width: 11906, height: 16838, margin: 1418, headerFooter: 709 };
}

/** Width of the text column, for centre and right tab stops in headers and footers. */
export function textWidth(page: PageGeometry): number {
  return page.width - 2 * page.margin;
}
