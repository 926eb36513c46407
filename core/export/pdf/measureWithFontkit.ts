import { create, type Font } from 'fontkit';
import { fontBytes, type FontKey, type PdfFonts } from './fonts';
import type { Measure } from './lineModel';
import { pairKerning, type PairKerning } from './pairKerning';

const measures = new WeakMap<PdfFonts, Measure>();

/**
 * The PDF's word widths (createMeasure.ts) without pdfkit: the DOCX paginates with the PDF's
 * layout for its contents page numbers, and loading pdfkit and building a PDF document only to
 * measure tripled a DOCX export's CPU time. It computes what pdfkit's widthOfString does, with
 * the same fontkit: the text split after each space or tab, each chunk shaped by fontkit, its
 * glyph advances scaled to 1000 units per em one by one and summed in order. The two measures
 * must agree to the last bit (measureWithFontkit.test.ts), or the DOCX's contents could name a
 * page the PDF does not. Where the font allows (pairKerning.ts), a chunk's glyph advances come
 * from its characters and their pairs instead of shaping the chunk.
 *
 * One per set of fonts, kept while the fonts are (the host reads them once per session).
 */
export function measureWithFontkit(fonts: PdfFonts): Measure {
  let measure = measures.get(fonts);
  if (!measure) measures.set(fonts, (measure = createFontkitMeasure(fonts)));
  return measure;
}

function createFontkitMeasure(fonts: PdfFonts): Measure {
  const bytes = fontBytes(fonts);
  const faces = new Map<FontKey, { font: Font; scale: number; pairs: PairKerning | undefined; chunks: Map<string, number>; units: Map<string, number> }>();
  const face = (key: FontKey) => {
    let f = faces.get(key);
    if (!f) {
      const font = create(bytes[key]);
      faces.set(key, (f = { font, scale: 1000 / font.unitsPerEm, pairs: pairKerning(font), chunks: new Map(), units: new Map() }));
    }
    return f;
  };
  const chunkWidth = (f: ReturnType<typeof face>, chunk: string): number => {
    let width = f.chunks.get(chunk);
    if (width === undefined) {
      let sum = 0;
      const add = (advance: number) => (sum += advance * f.scale);
      if (!f.pairs?.advances(chunk, add)) for (const p of f.font.layout(chunk).positions) add(p.xAdvance);
      f.chunks.set(chunk, (width = sum));
    }
    return width;
  };
  return (key, size, text) => {
    const f = face(key);
    let unit = f.units.get(text);
    if (unit === undefined) {
      // pdfkit's EmbeddedFont.layout: a chunk ends after each space or tab, and at the end;
      // summed in the same order. (pdfkit reads one past the end to find the end; here that
      // read made V8 throw away the line breaker's optimised code, which inlines this, a dozen
      // times per export.)
      let width = 0;
      let last = 0;
      for (let index = 0; index < text.length; index++) {
        const c = text.charCodeAt(index);
        if (c === 32 || c === 9) {
          width += chunkWidth(f, text.slice(last, index + 1));
          last = index + 1;
        }
      }
      if (last < text.length) width += chunkWidth(f, text.slice(last));
      // As createMeasure: the document's widthOfString at 1000 pt (font scale size / 1000,
      // no character spacing, horizontal scaling 100), then per point.
      unit = ((width * (1000 / 1000) + 0) * 100) / 100 / 1000;
      f.units.set(text, unit);
    }
    return unit * size;
  };
}
