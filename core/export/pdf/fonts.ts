import type {} from 'pdfkit';

/**
 * Font bytes the PDF exporter embeds. core/ reads no files, so the host loads these (see
 * electron/host/export/loadPdfFonts.ts) and passes them in. TTF only: WOFF2 breaks pdfkit's
 * subsetter.
 */
export interface PdfFonts {
  serif: { regular: Uint8Array; bold: Uint8Array; italic: Uint8Array; boldItalic: Uint8Array };
  sans?: { regular: Uint8Array; bold: Uint8Array };
}

/** The faces layout and rendering name; sans falls back to serif when not supplied. */
export type FontKey = 'serif' | 'serifBold' | 'serifItalic' | 'serifBoldItalic' | 'sans' | 'sansBold';

export const FONT_KEYS: readonly FontKey[] = ['serif', 'serifBold', 'serifItalic', 'serifBoldItalic', 'sans', 'sansBold'];

/** Each face's font file; sans falls back to serif. */
export function fontBytes(fonts: PdfFonts): Record<FontKey, Uint8Array> {
  const { serif, sans } = fonts;
  return {
    serif: serif.regular,
    serifBold: serif.bold,
    serifItalic: serif.italic,
    serifBoldItalic: serif.boldItalic,
    sans: sans?.regular ?? serif.regular,
    sansBold: sans?.bold ?? serif.bold,
  };
}

export function registerPdfFonts(doc: PDFKit.PDFDocument, fonts: PdfFonts): void {
  const bytes = fontBytes(fonts);
  for (const key of FONT_KEYS) doc.registerFont(key, bytes[key]);
}

export function styledFont(style: { bold?: boolean; italic?: boolean }): FontKey {
  if (style.bold && style.italic) return 'serifBoldItalic';
  if (style.bold) return 'serifBold';
  if (style.italic) return 'serifItalic';
  return 'serif';
}
