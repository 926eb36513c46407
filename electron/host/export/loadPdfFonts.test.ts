import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPdfFonts } from './loadPdfFonts';

const ASSETS = join(import.meta.dirname, '../../../assets');

describe('loadPdfFonts', () => {
  it('reads every shipped face as TrueType bytes', async () => {
    const fonts = await loadPdfFonts(ASSETS);
    const faces = [fonts.serif.regular, fonts.serif.bold, fonts.serif.italic, fonts.serif.boldItalic, fonts.sans!.regular, fonts.sans!.bold];
    for (const bytes of faces) {
      // sfnt version 0x00010000: TrueType outlines, which pdfkit subsets (WOFF2 it cannot).
      expect([...bytes.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
      expect(bytes.length).toBeGreaterThan(50_000);
    }
    expect(new Set(faces.map((f) => f.length)).size).toBe(faces.length);
  });

  it('says which file is missing', async () => {
    // All six are read at once, so whichever fails first is named.
    await expect(loadPdfFonts('/nonexistent')).rejects.toThrow(/The PDF font \/nonexistent\/fonts\/Liberation\w+-\w+\.ttf cannot be read \(ENOENT\)/);
  });
});
