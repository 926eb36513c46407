import PDFDocument from 'pdfkit';
import { FONT_KEYS, registerPdfFonts, type FontKey, type PdfFonts } from './fonts';
import type { Measure } from './lineModel';
import { internals, type ShapedRun } from './pdfkitInternals';

/** Measures text and hands out its shaped runs; both from one shaping per word and face. */
export interface TextShaper {
  measure: Measure;
  /**
   * pdfkit's shaped run (glyphs, kerning) for one space-delimited chunk, as pdfkit's own
   * layout splits text: a word with its following space, or a run of spaces.
   */
  chunk(font: FontKey, chunk: string): ShapedRun;
  /**
   * Registers the fonts on an output document already parsed: pdfkit would parse each font
   * file again for every document (and re-read its tables when subsetting).
   */
  registerFonts(doc: PDFKit.PDFDocument): void;
}

const shapers = new WeakMap<PdfFonts, TextShaper>();

/**
 * Word widths from pdfkit's own font metrics (fontkit advances with kerning), so measured and
 * drawn widths agree. Measures on a document of its own that is never written: measuring on
 * the output document would change its current font and size between a drawing call's setup
 * and its text. Cached per font and string at 1 pt: a pack repeats its vocabulary, so the
 * cache is bounded by that rather than by the length of the document.
 *
 * One shaper per set of fonts, kept while the fonts are (the host reads them once per
 * session): shaping (fontkit's OpenType layout) was a fifth of a PDF export's time, and the
 * painter draws with these same runs instead of shaping every word again (paintText.ts).
 */
export function textShaper(fonts: PdfFonts): TextShaper {
  let shaper = shapers.get(fonts);
  if (!shaper) shapers.set(fonts, (shaper = createShaper(fonts)));
  return shaper;
}

export function createMeasure(fonts: PdfFonts): Measure {
  return textShaper(fonts).measure;
}

function createShaper(fonts: PdfFonts): TextShaper {
  const doc = new PDFDocument({ autoFirstPage: false });
  registerPdfFonts(doc, fonts);
  const caches = new Map<FontKey, Map<string, number>>();
  let current: FontKey | undefined;
  doc.fontSize(1000);
  const select = (font: FontKey) => {
    if (current !== font) {
      doc.font(font);
      current = font;
    }
    return internals(doc)._font;
  };
  return {
    measure: (font, size, text) => {
      let cache = caches.get(font);
      if (!cache) caches.set(font, (cache = new Map()));
      let unit = cache.get(text);
      if (unit === undefined) {
        select(font);
        unit = doc.widthOfString(text) / 1000;
        cache.set(text, unit);
      }
      return unit * size;
    },
    // pdfkit's layoutCached keeps every run it shaped (per font, for this document's life).
    chunk: (font, chunk) => select(font).layoutCached(chunk),
    registerFonts: (out) => {
      for (const key of FONT_KEYS) out.registerFont(key, select(key).font as unknown as Uint8Array);
    },
  };
}
