import type {} from 'pdfkit';
import type { TextShaper } from './createMeasure';
import type { FontKey } from './fonts';
import { internals, type EmbeddedFontInternals } from './pdfkitInternals';

/**
 * Draws text as `doc.font(font).fontSize(size).text(text, x, y, { lineBreak: false, baseline:
 * 'alphabetic' })` would, at a fraction of the cost: one call alone gives pdfkit's bytes
 * exactly (paintText.test.ts), the same glyphs, subset, widths and ToUnicode entries. pdfkit's
 * text() shapes every string again (the measure already had), builds each content line as its
 * own byte array, re-encodes a word's glyphs at every use and wraps every word of a justified
 * line in its own save/flip/BT…ET/restore; the profile of a 66-page export had that path and
 * the garbage it left at half the time, and deflating those operators was a tenth of a
 * 400-page one. Here the shaped runs come from the measure's shaper, each word's glyph codes
 * are encoded once per document, and the words up to a `flush` (a line) share one text object
 * and reach the page in one write.
 *
 * Text a run of which pdfkit would position glyph by glyph (mark offsets, which the bundled
 * fonts do not use for the text we set) goes through pdfkit's own text() instead.
 */
export interface TextPainter {
  text(font: FontKey, size: number, text: string, x: number, y: number): void;
  /** Writes what `text` buffered; call before any other drawing on the document. */
  flush(): void;
}

/** A chunk's glyph codes cut where a kerning adjustment follows a glyph. */
interface EncodedChunk {
  /** Hex glyph codes, and the adjustment after each but the last (null: none there). */
  hex: string[];
  adjust: (number | null)[];
  /** The chunk's advance in 1/1000 em. */
  advance: number;
}

const TEXT = { lineBreak: false, baseline: 'alphabetic' } as const;

/** pdfkit's PDFObject.number: what every coordinate in the content stream is written as. */
const num = (n: number): string => String(Math.round(n * 1e6) / 1e6);

/** `num` for the few values that repeat on every call (page height, type sizes). */
const numbers = new Map<number, string>();
const numCached = (n: number): string => {
  let s = numbers.get(n);
  if (s === undefined) {
    if (numbers.size > 1000) numbers.clear();
    numbers.set(n, (s = num(n)));
  }
  return s;
};

const painters = new WeakMap<PDFKit.PDFDocument, TextPainter>();

/** The painter for a document (toPdf attaches one); plain pdfkit for any other document. */
export function textPainter(doc: PDFKit.PDFDocument): TextPainter {
  return painters.get(doc) ?? pdfkitPainter(doc);
}

export function attachTextPainter(doc: PDFKit.PDFDocument, shaper: TextShaper): TextPainter {
  const painter = createTextPainter(doc, shaper);
  painters.set(doc, painter);
  return painter;
}

function pdfkitPainter(doc: PDFKit.PDFDocument): TextPainter {
  return {
    text: (font, size, text, x, y) => void doc.font(font).fontSize(size).text(text, x, y, TEXT),
    flush: () => undefined,
  };
}

export function createTextPainter(doc: PDFKit.PDFDocument, shaper: TextShaper): TextPainter {
  const pdf = internals(doc);
  const encoded = new Map<EmbeddedFontInternals, Map<string, EncodedChunk | null>>();
  let pending = '';

  /** pdfkit's EmbeddedFont.encode for one chunk, recording glyphs in the subset the same way. */
  const encode = (embedded: EmbeddedFontInternals, font: FontKey, chunk: string): EncodedChunk | null => {
    const run = shaper.chunk(font, chunk);
    const hex: string[] = [];
    const adjust: (number | null)[] = [];
    let cur = '';
    for (let i = 0; i < run.glyphs.length; i++) {
      const glyph = run.glyphs[i]!;
      const pos = run.positions[i]!;
      if (pos.xOffset || pos.yOffset) return null;
      const gid = embedded.subset.includeGlyph(glyph.id);
      cur += `0000${gid.toString(16)}`.slice(-4);
      embedded.widths[gid] ??= glyph.advanceWidth * embedded.scale;
      embedded.unicode[gid] ??= glyph.codePoints;
      const advance = pos.xAdvance - pos.advanceWidth;
      if (advance !== 0) {
        hex.push(cur);
        adjust.push(advance);
        cur = '';
      }
    }
    hex.push(cur);
    adjust.push(null);
    return { hex, adjust, advance: run.advanceWidth };
  };

  // The text objects of one flush share one graphics state save, flip and BT…ET, and a font
  // is set only when it changes.
  let batchFont: string | undefined;

  const flush = () => {
    if (pending === '') return;
    // One write per flush (pdfkit made one byte array per operator line); it adds the last \n.
    pdf.addContent(pending + 'ET\nQ');
    pending = '';
    batchFont = undefined;
  };

  const fallback = (text: string, x: number, y: number) => {
    flush();
    doc.text(text, x, y, TEXT);
  };

  return {
    flush,
    text(font, size, text, x, y) {
      doc.font(font).fontSize(size);
      const embedded = pdf._font;
      if (text.includes('\n')) return fallback(text, x, y);
      let byChunk = encoded.get(embedded);
      if (!byChunk) encoded.set(embedded, (byChunk = new Map()));
      let tj = '';
      let run = '';
      let width = 0;
      // pdfkit's layout() cuts text after each space or tab; so do we, to share its runs.
      for (let last = 0, i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 9 && i !== text.length - 1) continue;
        const chunk = text.slice(last, i + 1);
        last = i + 1;
        let enc = byChunk.get(chunk);
        if (enc === undefined) byChunk.set(chunk, (enc = encode(embedded, font, chunk)));
        if (enc === null) return fallback(text, x, y);
        width += enc.advance;
        for (let k = 0; k < enc.hex.length; k++) {
          run += enc.hex[k];
          const adjust = enc.adjust[k];
          if (adjust !== null && adjust !== undefined) {
            tj += `${tj ? ' ' : ''}<${run}> ${num(-adjust)}`;
            run = '';
          }
        }
      }
      // What _initOptions and _line leave behind.
      pdf.x = x + ((width * (size / 1000) + 0) * 100) / 100;
      pdf.y = y;
      if (text.length === 0) return;
      pdf.page.fonts[embedded.id] ??= embedded.ref();
      if (run) tj += `${tj ? ' ' : ''}<${run}> 0`;
      const h = pdf.page.height;
      if (pending === '') pending = `q\n1 0 0 -1 0 ${numCached(h)} cm\nBT\n`;
      pending += `1 0 0 1 ${num(x)} ${num(h - y - 0)} Tm\n`;
      const tf = `/${embedded.id} ${numCached(size)} Tf\n`;
      if (tf !== batchFont) pending += batchFont = tf;
      if (tj) pending += `[${tj}] TJ\n`;
    },
  };
}
