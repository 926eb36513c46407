import type { ExportDoc } from './exportDoc';
import type { PdfFonts } from './pdf/fonts';
import { toPdf, type PdfOptions } from './pdf/toPdf';
import { writeDocx } from './writeDocx';

/**
 * One prepared document to the bytes of either format. The DOCX takes its contents page
 * numbers from the PDF's pagination, so it needs the PDF fonts too (writeDocx.ts). The host
 * loads writeDocx or toPdf alone, as the format asks (electron/host/export/renderExport.ts).
 */
export async function writeDocument(doc: ExportDoc, format: 'docx' | 'pdf', fonts: PdfFonts, options: PdfOptions): Promise<Uint8Array> {
  return format === 'pdf' ? toPdf(doc, fonts, options) : writeDocx(doc, fonts, options);
}
