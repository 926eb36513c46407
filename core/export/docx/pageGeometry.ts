import type { Settings } from '../../pack/schema';
import { pageGeometry as pdfGeometry } from '../pdf/pageGeometry';

/** Page size and margins in twentieths of a point (twips), the unit Word's section properties use. */
export interface PageGeometry {
  width: number;
  height: number;
  top: number;
  bottom: number;
  /** Left and right margins. */
  side: number;
  /** Distance of the header and footer from the page edge. */
  header: number;
  footer: number;
}

const tw = (pt: number) => Math.round(pt * 20);

/**
 * The PDF's page, in Word's units: the same paper, the same text block, the marking and the
 * running title at the same heights, so a page of the DOCX holds what a page of the PDF holds.
 */
export function pageGeometry(paper: Settings['paper']): PageGeometry {
  const g = pdfGeometry(paper);
  return {
    width: tw(g.width),
    height: tw(g.height),
    top: tw(g.bodyTop),
    bottom: tw(g.height - g.bodyBottom),
    side: tw(g.left),
    // The marking's cap height sits about 8 pt above its baseline.
    header: tw(g.markingTop - 8),
    footer: tw(g.height - g.markingBottom - 3),
  };
}

/** Width of the text column, for centre and right tab stops. */
export function textWidth(page: PageGeometry): number {
  return page.width - 2 * page.side;
}
