import { AlignmentType, Footer, Header, PageNumber, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { Cover } from '../../pack/schema';
import { DraftWatermark } from './draftWatermark';
import { textWidth, type PageGeometry } from './pageGeometry';

/**
 * Headers and footers. The marking is centred in every header and footer part, the cover's (first
 * page) included, as protective-marking rules require. A draft carries Word's own DRAFT watermark
 * (a VML WordArt shape in each header, what Design > Watermark writes), so Word can remove it.
 */
export interface PageFurniture {
  headers: { default: Header; first: Header };
  footers: { default: Footer; first: Footer };
}

function markingRuns(cover: Cover): TextRun[] {
  return cover.marking === 'NONE' ? [] : [new TextRun({ text: cover.marking, bold: true })];
}

function header(cover: Cover, serial: number): Header {
  const watermark = cover.draft ? [new DraftWatermark(serial)] : [];
  return new Header({
    children: [new Paragraph({ style: 'Header', alignment: AlignmentType.CENTER, children: [...watermark, ...markingRuns(cover)] })],
  });
}

/** Marking centred, "Page X of Y" right-aligned on the same line. */
function footer(cover: Cover, page: PageGeometry, numbered: boolean): Footer {
  const width = textWidth(page);
  const pageOf = numbered
    ? [new TextRun({ children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })]
    : [];
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        tabStops: [
          { type: TabStopType.CENTER, position: Math.round(width / 2) },
          { type: TabStopType.RIGHT, position: width },
        ],
        children: [new TextRun({ children: [new Tab()] }), ...markingRuns(cover), ...pageOf],
      }),
    ],
  });
}

/** The cover (first page) has no page number; every other page has "Page X of Y". */
export function pageFurniture(cover: Cover, page: PageGeometry): PageFurniture {
  return {
    headers: { default: header(cover, 1), first: header(cover, 2) },
    footers: { default: footer(cover, page, true), first: footer(cover, page, false) },
  };
}
