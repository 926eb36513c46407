import type { ExportDoc } from './exportDoc';
import { toDocx } from './docx/toDocx';
import type { PdfFonts } from './pdf/fonts';
import { contentsPageNumbers } from './pdf/layoutDocument';
import { toPdf, type PdfOptions } from './pdf/toPdf';

/**
 * One prepared document to the bytes of either format. The DOCX takes its contents page
 * numbers from the PDF's pagination, so it needs the PDF fonts too: both formats print the
 * same page for each heading.
 */
export async function writeDocument(doc: ExportDoc, format: 'docx' | 'pdf', fonts: PdfFonts, options: PdfOptions): Promise<Uint8Array> {
  if (format === 'pdf') return toPdf(doc, fonts, options);
  return toDocx(doc, { paper: options.paper, createdAt: options.createdAt, contentsPages: contentsPageNumbers(doc, fonts, options) });
}
