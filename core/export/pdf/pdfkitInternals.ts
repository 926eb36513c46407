import type {} from 'pdfkit';

/**
 * The parts of pdfkit 0.20 (pinned exactly in package.json) that paintText reaches past the
 * public API for: the current embedded font, with its per-document subset and the glyph
 * widths and code points its ToUnicode map is built from. A pdfkit upgrade must re-check
 * these against `EmbeddedFont.encode` and `TextMixin._fragment`; paintText.test.ts compares
 * our output with pdfkit's own `text()` byte for byte, so a mismatch fails there.
 */
export interface ShapedGlyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

export interface ShapedPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** A run as `EmbeddedFont.layoutRun` leaves it: positions already in 1/1000 em. */
export interface ShapedRun {
  glyphs: ShapedGlyph[];
  positions: ShapedPosition[];
  advanceWidth: number;
}

export interface EmbeddedFontInternals {
  id: string;
  /** The parsed (fontkit) font; pdfkit's registerFont takes one in place of bytes. */
  font: object;
  scale: number;
  subset: { includeGlyph(id: number): number };
  widths: (number | undefined)[];
  unicode: (number[] | undefined)[];
  layoutCached(text: string): ShapedRun;
  ref(): unknown;
}

export interface DocumentInternals {
  _font: EmbeddedFontInternals;
  _fontSize: number;
  x: number;
  y: number;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(data: string): unknown;
}

export const internals = (doc: PDFKit.PDFDocument): DocumentInternals => doc as unknown as DocumentInternals;
