import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badness, breakLines, demerits, HYPHEN_COST, leastDemeritBreaks, PRETOLERANCE, SHRINK, type PieceRow } from './breakLines';
import { createMeasure } from './createMeasure';
import { styledFont, type PdfFonts } from './fonts';
import { hyphenateWord } from './hyphenateWord';
import { wordsWidth, type LaidLine } from './lineModel';
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

describe('breakLines, hyphenating only what needs it', () => {
  const setWords = (text: string) => tokenizeInlines([{ kind: 'text', text }], { size: 11, fontFor: styledFont }, measure);
  const looseness = (line: LaidLine) => {
    const spaces = line.words.slice(0, -1).reduce((s, w) => s + w.space, 0);
    return (line.width - wordsWidth(line.words)) / spaces;
  };
  const hyphenated = (lines: readonly LaidLine[]) => lines.filter((l) => l.words[l.words.length - 1]!.segs[0]!.text.endsWith('-')).length;
  const longText = Array.from({ length: 6 }, () => TEXT).join(' ');

  it('sets a paragraph at its spaces when every line then stays within PRETOLERANCE, whatever hyphenation might add', () => {
    let whole = 0;
    for (let width = 300; width <= 470; width += 5) {
      const hyphenating = breakLines(setWords(longText), { justify: true, hyphenate: true, lineBox: () => ({ x: 0, width }) }, measure);
      const spacesOnly = breakLines(setWords(longText), { justify: true, hyphenate: false, lineBox: () => ({ x: 0, width }) }, measure);
      const within = spacesOnly.slice(0, -1).every((l) => badness(wordsWidth(l.words), l.words.slice(0, -1).reduce((s, w) => s + w.space, 0), l.width) <= PRETOLERANCE);
      if (within) {
        whole += 1;
        // The same lines, word for word, as the unhyphenated total fit.
        expect(hyphenating.map((l) => l.words)).toEqual(spacesOnly.map((l) => l.words));
        expect(hyphenated(hyphenating)).toBe(0);
      } else {
        // Some line would be too loose or too tight: hyphenation points are tried, and the lines chosen are no looser.
        const worst = (lines: readonly LaidLine[]) => Math.max(...lines.slice(0, -1).map((l) => Math.abs(looseness(l))));
        expect(worst(hyphenating)).toBeLessThanOrEqual(worst(spacesOnly));
      }
    }
    // Both cases occur over these measures, or the test proves nothing.
    expect(whole).toBeGreaterThan(5);
    expect(whole).toBeLessThan(35);
  });

  it('still hyphenates a narrow measure, where spaces alone leave loose lines', () => {
    const lines = breakLines(setWords(longText), { justify: true, hyphenate: true, lineBox: () => ({ x: 0, width: 160 }) }, measure);
    expect(hyphenated(lines)).toBeGreaterThan(0);
  });
});

/**
 * The search as first written: every line ending after piece j - 1 tried, loosest first, the
 * first of equal totals kept. leastDemeritBreaks tries fewer lines; it must choose the same.
 */
function plainSearch(row: PieceRow, width: number): number[] | undefined {
  const n = row.widths.length;
  const best = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  best[0] = 0;
  for (let j = 1; j <= n; j++) {
    const end = row.ends[j - 1] === 1;
    let boxes = 0;
    let spaces = 0;
    for (let i = j - 1; i >= 0; i--) {
      boxes += row.widths[i]!;
      if (i < j - 1 && row.ends[i] === 1) spaces += row.spaceAfter[i]!;
      if (i > 0 && !Number.isFinite(best[i]!)) {
        if (boxes + spaces * SHRINK > width) break;
        continue;
      }
      const nat = boxes + spaces + (end ? 0 : row.hyphens[j - 1]!);
      const minimum = boxes + spaces * SHRINK + (end ? 0 : row.hyphens[j - 1]!);
      if (minimum > width && i < j - 1) break;
      const d = demerits(nat, spaces, width, j === n, end ? 0 : HYPHEN_COST, minimum > width);
      if (best[i]! + d < best[j]!) {
        best[j] = best[i]! + d;
        from[j] = i;
      }
      if (minimum > width) break;
    }
  }
  const breaks: number[] = [];
  for (let j = n; j > 0; j = from[j]!) {
    if (from[j]! < 0) return undefined;
    breaks.push(j);
  }
  return breaks.reverse();
}

/** A paragraph of random words, some split at hyphenation points, some wider than the measure. */
function randomRow(random: () => number, whole: boolean): PieceRow {
  const widths: number[] = [];
  const spaceAfter: number[] = [];
  const hyphens: number[] = [];
  const ends: number[] = [];
  const value = (lo: number, hi: number) => (whole ? Math.round(lo + random() * (hi - lo)) : lo + random() * (hi - lo));
  const words = 1 + Math.floor(random() * 120);
  for (let w = 0; w < words; w++) {
    const pieces = random() < 0.3 ? 2 + Math.floor(random() * 3) : 1;
    const space = value(2, 4);
    for (let p = 0; p < pieces; p++) {
      const end = p === pieces - 1;
      widths.push(random() < 0.005 ? value(300, 500) : value(4, 40));
      spaceAfter.push(end ? space : 0);
      hyphens.push(end ? 0 : random() < 0.2 ? 0 : value(2, 4));
      ends.push(end ? 1 : 0);
    }
  }
  return { widths: Float64Array.from(widths), spaceAfter: Float64Array.from(spaceAfter), hyphens: Float64Array.from(hyphens), ends: Uint8Array.from(ends) };
}

describe('leastDemeritBreaks', () => {
  // Whole-point widths make equal totals common, so the choice between ties is tested too.
  it.each([false, true])('breaks 3,000 random paragraphs where the plain search does (whole-point widths: %s)', (whole) => {
    let seed = whole ? 11 : 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let k = 0; k < 3000; k++) {
      const row = randomRow(random, whole);
      const width = whole ? Math.round(120 + random() * 330) : 120 + random() * 330;
      expect(leastDemeritBreaks(row, width)).toEqual(plainSearch(row, width));
    }
  });
});
