import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakLines } from './breakLines';
import { createMeasure } from './createMeasure';
import { styledFont, type PdfFonts } from './fonts';
import { hyphenateWord } from './hyphenateWord';
import { wordsWidth } from './lineModel';
import { tokenizeInlines } from './tokenizeInlines';

const FONT_DIR = join(import.meta.dirname, '../../../assets/fonts');
const font = (name: string) => new Uint8Array(readFileSync(join(FONT_DIR, name)));
const FONTS: PdfFonts = {
  serif: { regular: font('LiberationSerif-Regular.ttf'), bold: font('LiberationSerif-Bold.ttf'), italic: font('LiberationSerif-Italic.ttf'), boldItalic: font('LiberationSerif-BoldItalic.ttf') },
};
const measure = createMeasure(FONTS);
const TEXT =
  'Instability and insecurity in the Middle East and North Africa have had direct effects on European and U.S. societies. Reliance on regional partners has not delivered desirable outcomes so far, and transatlantic partners are in need to redefine the scope of their strategy. The Alliance’s cooperation and proximity with these regions has potential to grow further, through new approaches and outreach to additional regions.';

describe('hyphenateWord', () => {
  it('offers en-GB break points with the hyphen on the first part, keeping punctuation on the last', () => {
    const heads = (w: string) => hyphenateWord(w).map((b) => w.slice(0, b.at) + (b.hyphen ? '-' : ''));
    expect(heads('cooperation,')).toContain('cooper-');
    expect(heads('“regional')).toContain('“re-');
    expect(heads('NATO')).toEqual([]);
    expect(heads('long-term')).toEqual(['long-']);
    expect(heads('https://www.nato.int/cps/en/natohq/topics_52060.htm')).toContain('https://www.nato.int/');
    expect(heads('https://www.nato.int/cps/en/natohq/topics_52060.htm')).toContain('https://www');
  });
});

describe('breakLines', () => {
  it('breaks a long URL in a note rather than let it overrun the measure', () => {
    const url = tokenizeInlines([{ kind: 'text', text: 'Available at https://www.nato.int/cps/en/natohq/official_texts_227678.htm?selectedLocale=en (accessed 3 March 2025).' }], { size: 8.5, fontFor: styledFont }, measure);
    const lines = breakLines(url, { justify: true, hyphenate: true, lineBox: () => ({ x: 0, width: 150 }) }, measure);
    for (const l of lines) expect(wordsWidth(l.words)).toBeLessThanOrEqual(150 + 0.01);
  });

  const words = tokenizeInlines([{ kind: 'text', text: TEXT }, { kind: 'noteRef', n: 12 }], { size: 11, fontFor: styledFont }, measure);

  it.each([200, 300, 435])('sets justified lines to the measure (%d pt) and none beyond it', (width) => {
    const lines = breakLines(words, { justify: true, hyphenate: true, lineBox: () => ({ x: 0, width }) }, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) {
      expect(line.justify).toBe(true);
      // Spaces shrink to no less than 80 % and stretch within reason (no rivers of white).
      const natural = wordsWidth(line.words);
      expect(natural * 0.98).toBeLessThanOrEqual(width);
      const spaces = line.words.slice(0, -1).reduce((s, w) => s + w.space, 0);
      expect((width - natural + spaces) / spaces).toBeLessThan(2.6);
    }
    expect(lines[lines.length - 1]!.justify).toBe(false);
    const text = lines.map((l) => l.words.map((w) => w.segs.map((s) => s.text).join('')).join(' ')).join(' ');
    expect(text.replace(/- /g, '')).toBe(`${TEXT}12`);
  });

  it('hyphenates when a line would otherwise be loose, and keeps the marker on its word', () => {
    const lines = breakLines(words, { justify: true, hyphenate: true, lineBox: () => ({ x: 0, width: 200 }) }, measure);
    expect(lines.some((l) => l.words[l.words.length - 1]!.segs[0]!.text.endsWith('-'))).toBe(true);
    const last = lines[lines.length - 1]!.words;
    expect(last[last.length - 1]!.segs.map((s) => s.text)).toEqual(['regions.', '12']);
    expect(last[last.length - 1]!.segs[1]!.rise).toBeGreaterThan(0);
  });
});
