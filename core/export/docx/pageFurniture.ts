import { AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { Furniture } from '../exportDoc';
import { DraftWatermark } from './draftWatermark';
import { textWidth, type PageGeometry } from './pageGeometry';

/**
 * Headers and footers, placed as the PDF places its furniture: the marking centred at the top
 * and bottom of every page (the cover's included, as protective-marking rules require), the
 * running title over a rule at the head of each page, "Page X of Y" under a rule at the foot.
 * A draft carries Word's own DRAFT watermark (a VML WordArt shape in each header, what
 * Design > Watermark writes), so Word can remove it.
 */
export interface PageFurniture {
  headers: { default: Header; first?: Header };
  footers: { default: Footer; first?: Footer };
}

const RULE = { style: BorderStyle.SINGLE, size: 3, space: 1, color: '555555' };

function marking(furniture: Furniture, before = 0): Paragraph {
  return new Paragraph({
    style: 'Marking',
    spacing: { before },
    children: furniture.marking ? [new TextRun({ text: furniture.marking })] : [],
  });
}

function header(furniture: Furniture, serial: number, running: boolean): Header {
  const watermark = furniture.watermark ? [new DraftWatermark(serial, furniture.watermark)] : [];
  const title = running
    ? [new Paragraph({ style: 'Header', spacing: { before: 200 }, border: { bottom: RULE }, children: [new TextRun(furniture.runningTitle)] })]
    : [];
  return new Header({ children: [new Paragraph({ style: 'Marking', children: [...watermark, ...(furniture.marking ? [new TextRun(furniture.marking)] : [])] }), ...title] });
}

function footer(furniture: Furniture, page: PageGeometry, numbered: boolean): Footer {
  const { before, between } = furniture.folio;
  const folio = numbered
    ? [
        new Paragraph({
          style: 'Footer',
          alignment: AlignmentType.RIGHT,
          border: { top: RULE },
          tabStops: [{ type: TabStopType.RIGHT, position: textWidth(page) }],
          children: [new TextRun({ children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES] })],
        }),
      ]
    : [];
  return new Footer({ children: [...folio, marking(furniture, numbered ? 220 : 0)] });
}

/** A cover (first page) has the marking only; every other page has the running title and folio. */
export function pageFurniture(furniture: Furniture, page: PageGeometry): PageFurniture {
  if (!furniture.cover) return { headers: { default: header(furniture, 1, true) }, footers: { default: footer(furniture, page, true) } };
  return {
    headers: { default: header(furniture, 1, true), first: header(furniture, 2, false) },
    footers: { default: footer(furniture, page, true), first: footer(furniture, page, false) },
  };
}
