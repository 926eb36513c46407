import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../library/types';
import { createMeasure } from './createMeasure';
import { FONT_KEYS, type PdfFonts } from './fonts';
import { measureWithFontkit } from './measureWithFontkit';

/**
 * The DOCX paginates with fontkit alone for its contents page numbers; the PDF measures with
 * pdfkit. Fed the same strings in every face, the two must give the same width to the last
 * bit, or a heading could move to another page in one format only.
 */

const ROOT = join(import.meta.dirname, '../../..');
const font = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'assets', 'fonts', name)));
const FONTS: PdfFonts = {
  serif: { regular: font('LiberationSerif-Regular.ttf'), bold: font('LiberationSerif-Bold.ttf'), italic: font('LiberationSerif-Italic.ttf'), boldItalic: font('LiberationSerif-BoldItalic.ttf') },
  sans: { regular: font('LiberationSans-Regular.ttf'), bold: font('LiberationSans-Bold.ttf') },
};
const library = Library.parse(JSON.parse(readFileSync(join(ROOT, 'assets', 'library', 'library.json'), 'utf8')));

describe('measureWithFontkit', () => {
  it('gives pdfkit’s widths for every word and line of the bundled library, in every face', () => {
    const texts = [...library.excerpts, ...library.recommendations].map((i) => i.text);
    const words = new Set<string>();
    for (const t of texts) for (const w of t.split(/(?<=[ \t])/u)) words.add(w);
    // Whole lines too (several chunks, runs of spaces, a tab), and the odd characters of notes.
    const strings = [...words, ...texts.slice(0, 200).map((t) => t.slice(0, 90)), 'a  b\tc ', ' ', '', 'ﬁnal “quoted” — 12–19, §3 ½'];
    const pdfkit = createMeasure(FONTS);
    const fontkit = measureWithFontkit(FONTS);
    let differ = 0;
    let compared = 0;
    for (const key of FONT_KEYS)
      for (const s of strings)
        for (const size of [9, 11.5]) {
          compared += 1;
          if (fontkit(key, size, s) !== pdfkit(key, size, s)) differ += 1;
        }
    expect(compared).toBeGreaterThan(50_000);
    expect(differ).toBe(0);
  });
});
