/**
 * The part of fontkit the layout measure uses (fontkit ships no typings). pdfkit embeds this
 * same package, so widths from here are pdfkit's own (see measureWithFontkit.ts).
 */
declare module 'fontkit' {
  export interface GlyphPosition {
    xAdvance: number;
  }
  export interface GlyphRun {
    positions: GlyphPosition[];
  }
  export interface Font {
    unitsPerEm: number;
    layout(text: string): GlyphRun;
  }
  export function create(bytes: Uint8Array): Font;
}
