import PDFDocument from 'pdfkit';
import { registerPdfFonts, type FontKey, type PdfFonts } from './fonts';
import type { Measure } from './lineModel';

/**
 * Word widths from pdfkit's own font metrics (fontkit advances with kerning), so measured and
 * drawn widths agree. Measures on a document of its own that is never written: measuring on
 * the output document would change its current font and size between a drawing call's setup
 * and its text. Cached per font and string at 1 pt: a pack repeats its vocabulary, so the
 * cache is bounded by that rather than by the length of the document.
 */
export function createMeasure(fonts: PdfFonts): Measure {
  const doc = new PDFDocument({ autoFirstPage: false });
  registerPdfFonts(doc, fonts);
  const caches = new Map<FontKey, Map<string, number>>();
  let current: FontKey | undefined;
  doc.fontSize(1000);
  return (font, size, text) => {
    let cache = caches.get(font);
    if (!cache) caches.set(font, (cache = new Map()));
    let unit = cache.get(text);
    if (unit === undefined) {
      if (current !== font) {
        doc.font(font);
        current = font;
      }
      unit = doc.widthOfString(text) / 1000;
      cache.set(text, unit);
    }
    return unit * size;
  };
}
