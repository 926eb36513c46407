import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { textShaper } from './createMeasure';
import type { FontKey, PdfFonts } from './fonts';
import { createTextPainter } from './paintText';

const FONT_DIR = join(import.meta.dirname, '../../../assets/fonts');
const font = (name: string) => new Uint8Array(readFileSync(join(FONT_DIR, name)));
const FONTS: PdfFonts = {
  serif: { regular: font('LiberationSerif-Regular.ttf'), bold: font('LiberationSerif-Bold.ttf'), italic: font('LiberationSerif-Italic.ttf'), boldItalic: font('LiberationSerif-BoldItalic.ttf') },
  sans: { regular: font('LiberationSans-Regular.ttf'), bold: font('LiberationSans-Bold.ttf') },
};

// Kerning pairs, accents, ligature candidates, note markers, runs of spaces and tabs, a
// trailing hyphen, an empty string, and a string pdfkit cuts on a newline.
const SAMPLES: [FontKey, number, string][] = [
  ['serif', 11, 'AVAWAY To Yves, "quoted" — and ‘curly’ office flows '],
  ['serifItalic', 11, 'Café naïve façade Øresund Łódź ßtraße '],
  ['serifBold', 14.5, 'Section 3: the regional picture'],
  ['serif', 6.6, '12,13'],
  ['sans', 8, 'DRAFT · OFFICIAL-SENSITIVE'],
  ['sansBold', 9, 'Page 3 of 47'],
  ['serifBoldItalic', 11, 'two  spaces\tand a tab, end-'],
  ['serif', 11, ''],
  ['serif', 11, ' leading space'],
  ['serif', 10, 'first line\nsecond line'],
  ['serif', 11, 'AVAWAY To Yves, "quoted" — and ‘curly’ office flows '],
];

function render(paint: (doc: PDFKit.PDFDocument) => (font: FontKey, size: number, text: string, x: number, y: number) => void) {
  const doc = new PDFDocument({ autoFirstPage: false, compress: false, info: { CreationDate: new Date(0), ModDate: new Date(0) } });
  const shaper = textShaper(FONTS);
  shaper.registerFonts(doc);
  doc.addPage({ size: [400, 600], margin: 0 });
  const draw = paint(doc);
  const xs: number[] = [];
  SAMPLES.forEach(([font, size, text], i) => {
    draw(font, size, text, 20 + i * 0.37, 40 + i * 17.3);
    xs.push(doc.x);
  });
  const chunks: Uint8Array[] = [];
  doc.on('data', (c: Uint8Array) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  return { finish: () => (doc.end(), done), xs };
}

describe('paintText', () => {
  it('writes exactly what pdfkit text() writes: content, subsets, widths, ToUnicode', async () => {
    const viaPdfkit = render((doc) => (font, size, text, x, y) => void doc.font(font).fontSize(size).text(text, x, y, { lineBreak: false, baseline: 'alphabetic' }));
    const ours = render((doc) => {
      const painter = createTextPainter(doc, textShaper(FONTS));
      return (font, size, text, x, y) => {
        painter.text(font, size, text, x, y);
        painter.flush();
      };
    });
    const [a, b] = [await viaPdfkit.finish(), await ours.finish()];
    expect(b.toString('latin1')).toBe(a.toString('latin1'));
    expect(ours.xs).toEqual(viaPdfkit.xs);
  });
});
