import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMeasure } from './createMeasure';
import { styledFont, type PdfFonts } from './fonts';
import type { Measure, Seg } from './lineModel';
import { MARKER_RISE, MARKER_SCALE } from './typeScale';
import { tokenizeInlines } from './tokenizeInlines';
import { seededRandom } from '../../../tests/support/seededRandom';

const FONT_DIR = join(import.meta.dirname, '../../../assets/fonts');
const font = (name: string) => new Uint8Array(readFileSync(join(FONT_DIR, name)));
const FONTS: PdfFonts = {
  serif: { regular: font('LiberationSerif-Regular.ttf'), bold: font('LiberationSerif-Bold.ttf'), italic: font('LiberationSerif-Italic.ttf'), boldItalic: font('LiberationSerif-BoldItalic.ttf') },
};
const measure = createMeasure(FONTS);

type Inline = { kind: 'text'; text: string; bold?: boolean; italic?: boolean } | { kind: 'noteRef'; n: number; separator?: string };

/**
 * Words as the tokenizer promises them, said the plain way: the runs' text split at spaces,
 * tabs and line breaks; a word made of one run's text per face; a note marker joined to the
 * word before it.
 */
function plainWords(inlines: readonly Inline[], size: number, m: Measure): { segs: Seg[]; noteRefs: number[] }[] {
  const words: { segs: Seg[]; noteRefs: number[] }[] = [];
  let segs: Seg[] = [];
  let refs: number[] = [];
  const finish = () => {
    if (segs.length > 0) words.push({ segs, noteRefs: refs });
    segs = [];
    refs = [];
  };
  for (const inline of inlines) {
    if (inline.kind === 'noteRef') {
      if (segs.length === 0 && words.length > 0) ({ segs, noteRefs: refs } = words.pop()!);
      const text = `${inline.separator ?? ''}${inline.n}`;
      segs = [...segs, { text, font: 'serif', size: size * MARKER_SCALE, rise: size * MARKER_RISE, width: m('serif', size * MARKER_SCALE, text) }];
      refs = [...refs, inline.n];
      continue;
    }
    const face = styledFont(inline);
    for (const part of inline.text.split(/([ \t\r\n]+)/)) {
      if (part === '') continue;
      if (/^[ \t\r\n]/.test(part)) {
        finish();
        continue;
      }
      const prev = segs.at(-1);
      if (prev && prev.font === face && prev.rise === 0) segs = [...segs.slice(0, -1), { ...prev, text: prev.text + part, width: m(face, size, prev.text + part) }];
      else segs = [...segs, { text: part, font: face, size, rise: 0, width: m(face, size, part) }];
    }
  }
  finish();
  return words;
}

describe('tokenizeInlines', () => {
  it('splits runs into words as the plain definition does: across runs, at any white space, markers on the word before', () => {
    const r = seededRandom(3);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
    const pieces = ['NATO', 'flank', '.', ' ', '  ', '\t', '\n', 'the', 'Alliance’s', 'partners', ', ', 'co-operation', '“South”'];
    for (let trial = 0; trial < 400; trial++) {
      const inlines: Inline[] = [];
      for (let k = 0, n = 1 + Math.floor(r() * 6); k < n; k++) {
        if (r() < 0.2) inlines.push({ kind: 'noteRef', n: 1 + Math.floor(r() * 40), ...(r() < 0.3 ? { separator: ',' } : {}) });
        else inlines.push({ kind: 'text', text: Array.from({ length: Math.floor(r() * 7) }, () => pick(pieces)).join(''), ...(r() < 0.3 ? { italic: true } : {}), ...(r() < 0.2 ? { bold: true } : {}) });
      }
      const got = tokenizeInlines(inlines, { size: 11, fontFor: styledFont }, measure).map((w) => ({ segs: w.segs, noteRefs: w.noteRefs }));
      expect(got, JSON.stringify(inlines)).toEqual(plainWords(inlines, 11, measure));
    }
  });

  it('gives a plain word that occurs twice as one shared object', () => {
    const words = tokenizeInlines([{ kind: 'text', text: 'the Alliance and the South' }, { kind: 'text', text: ' the', italic: true }], { size: 11, fontFor: styledFont }, measure);
    expect(words[0]).toBe(words[3]);
    expect(words[5]).not.toBe(words[0]);
  });
});
