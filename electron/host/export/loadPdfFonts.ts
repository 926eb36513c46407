import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PdfFonts } from '../../../core/export/pdf/fonts';

/** The TTF files the PDF exporter embeds (see assets/fonts/LICENSES.md). */
export const PDF_FONT_FILES = {
  serif: {
    regular: 'LiberationSerif-Regular.ttf',
    bold: 'LiberationSerif-Bold.ttf',
    italic: 'LiberationSerif-Italic.ttf',
    boldItalic: 'LiberationSerif-BoldItalic.ttf',
  },
  sans: { regular: 'LiberationSans-Regular.ttf', bold: 'LiberationSans-Bold.ttf' },
} as const;

/** Reads the export fonts from `<assetsDir>/fonts`; core/ takes bytes, never paths. */
export async function loadPdfFonts(assetsDir: string): Promise<PdfFonts> {
  const read = async (name: string) => {
    const path = join(assetsDir, 'fonts', name);
    try {
      return new Uint8Array(await readFile(path));
    } catch (e) {
      throw new Error(`The PDF font ${path} cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}); reinstall Briefpack.`, { cause: e });
    }
  };
  const { serif, sans } = PDF_FONT_FILES;
  const [regular, bold, italic, boldItalic, sansRegular, sansBold] = await Promise.all([
    read(serif.regular),
    read(serif.bold),
    read(serif.italic),
    read(serif.boldItalic),
    read(sans.regular),
    read(sans.bold),
  ]);
  return { serif: { regular, bold, italic, boldItalic }, sans: { regular: sansRegular, bold: sansBold } };
}
