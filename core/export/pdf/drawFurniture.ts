import type {} from 'pdfkit';
import type { Furniture } from '../exportDoc';
import type { Measure } from './lineModel';
import type { PageGeometry } from './pageGeometry';
import { COLOURS, FURNITURE, MARKING } from './typeScale';

const TEXT = { lineBreak: false, baseline: 'alphabetic' } as const;

export interface FurnitureInput {
  furniture: Furniture;
  geometry: PageGeometry;
  measure: Measure;
  pageNumber: number;
  pageCount: number;
  /** The cover carries the marking and watermark but no running header or folio. */
  isCover: boolean;
}

/** Watermark first, so text paints over it. */
export function drawWatermark(doc: PDFKit.PDFDocument, { furniture, geometry: g }: FurnitureInput): void {
  const mark = furniture.watermark;
  if (!mark) return;
  const size = 120;
  const cx = g.width / 2;
  const cy = g.height / 2;
  doc.save();
  doc.rotate(-(Math.atan2(g.height, g.width) * 180) / Math.PI, { origin: [cx, cy] });
  doc.font('sansBold').fontSize(size).fillColor(COLOURS.watermark).fillOpacity(0.35);
  doc.text(mark, cx - doc.widthOfString(mark) / 2, cy + size * 0.35, TEXT);
  doc.restore();
  doc.fillOpacity(1).fillColor(COLOURS.text);
}

/** Security marking centred at top and bottom, running header with the title, "Page X of Y". */
export function drawFurniture(doc: PDFKit.PDFDocument, input: FurnitureInput): void {
  const { furniture, geometry: g, measure, pageNumber, pageCount, isCover } = input;
  const { marking, folio: words } = furniture;
  if (marking) {
    const w = measure(MARKING.font, MARKING.size, marking);
    doc.font(MARKING.font).fontSize(MARKING.size).fillColor(COLOURS.text);
    doc.text(marking, (g.width - w) / 2, g.markingTop, TEXT);
    doc.text(marking, (g.width - w) / 2, g.markingBottom, TEXT);
  }
  if (isCover) return;
  const right = g.left + g.textWidth;
  doc.font(FURNITURE.font).fontSize(FURNITURE.size).fillColor(COLOURS.muted);
  doc.text(fitTitle(furniture.runningTitle, g.textWidth * 0.7, measure), g.left, g.header, TEXT);
  const folio = `${words.before}${pageNumber}${words.between}${pageCount}`;
  doc.text(folio, right - measure(FURNITURE.font, FURNITURE.size, folio), g.footer, TEXT);
  doc.lineWidth(0.4).strokeColor(COLOURS.muted);
  doc.moveTo(g.left, g.header + 5).lineTo(right, g.header + 5).stroke();
  doc.moveTo(g.left, g.footer - 10).lineTo(right, g.footer - 10).stroke();
  doc.fillColor(COLOURS.text);
}

/** The running title, shortened with an ellipsis so it never runs into the page margin. */
function fitTitle(title: string, width: number, measure: Measure): string {
  if (measure(FURNITURE.font, FURNITURE.size, title) <= width) return title;
  let words = title.split(' ');
  while (words.length > 1 && measure(FURNITURE.font, FURNITURE.size, `${words.join(' ')}…`) > width) words = words.slice(0, -1);
  return `${words.join(' ')}…`;
}
