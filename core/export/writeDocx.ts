import type { ExportDoc, WriterOptions } from './exportDoc';
import { toDocx } from './docx/toDocx';
import type { ZipFiles } from './docx/zipPackage';
import type { PdfFonts } from './pdf/fonts';
import { contentsPageNumbers } from './pdf/layoutDocument';
import { measureWithFontkit } from './pdf/measureWithFontkit';

/**
 * The DOCX with its contents page numbers from the PDF's pagination, so both formats print
 * the same page for each heading. It measures with fontkit alone (the PDF's widths, without
 * loading pdfkit or building a PDF document), which kept a DOCX export from costing most of
 * a PDF export's start-up.
 */
export function writeDocx(doc: ExportDoc, fonts: PdfFonts, options: WriterOptions & { zip?: ZipFiles }): Promise<Uint8Array> {
  return toDocx(doc, { paper: options.paper, createdAt: options.createdAt, ...(options.zip ? { zip: options.zip } : {}), contentsPages: contentsPageNumbers(doc, measureWithFontkit(fonts), options) });
}
