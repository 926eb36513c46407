import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../tests/support/seededRandom';
import { Library } from '../../library/types';
import { covered, pairKerning } from './pairKerning';

/**
 * The pair model must give fontkit's own glyph advances, or the DOCX's contents page numbers
 * could drift from the PDF's pages. Compared glyph by glyph with fontkit's layout, on every
 * chunk of the bundled library and on random strings of every character the model covers.
 */

const ROOT = join(import.meta.dirname, '../../..');
const FACES = ['LiberationSerif-Regular', 'LiberationSerif-Bold', 'LiberationSerif-Italic', 'LiberationSerif-BoldItalic', 'LiberationSans-Regular', 'LiberationSans-Bold'];
const fontOf = (path: string) => create(new Uint8Array(readFileSync(path)));
const library = Library.parse(JSON.parse(readFileSync(join(ROOT, 'assets', 'library', 'library.json'), 'utf8')));

const COVERED = Array.from({ length: 0x10000 }, (_, c) => c).filter(covered);

/** Random chunks as pdfkit cuts them: characters, then maybe one space at the end. */
function randomChunks(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(random() * 12);
    let s = '';
    for (let i = 0; i < length; i++) s += String.fromCharCode(COVERED[Math.floor(random() * COVERED.length)]!);
    return random() < 0.5 ? `${s} ` : s;
  });
}

function libraryChunks(): string[] {
  const chunks = new Set<string>();
  for (const item of [...library.excerpts, ...library.recommendations]) for (const c of item.text.split(/(?<= )/u)) chunks.add(c);
  return [...chunks];
}

/** The chunks whose advances differ from fontkit's shaping, and how many the model measured. */
function compare(font: Font, chunks: string[]): { measured: number; differ: string[] } {
  const model = pairKerning(font)!;
  let measured = 0;
  const differ: string[] = [];
  for (const chunk of chunks) {
    const mine: number[] = [];
    if (!model.advances(chunk, (a) => mine.push(a))) continue;
    measured += 1;
    const theirs = font.layout(chunk).positions.map((p) => p.xAdvance);
    if (mine.join() !== theirs.join()) differ.push(chunk);
  }
  return { measured, differ };
}

describe('pairKerning', () => {
  const chunks = libraryChunks();

  it.each(FACES)('gives fontkit’s advances in %s, on every library chunk and 20,000 random ones', (face) => {
    const font = fontOf(join(ROOT, 'assets', 'fonts', `${face}.ttf`));
    expect(pairKerning(font)).toBeDefined();
    const library = compare(font, chunks);
    const random = compare(font, randomChunks(20_000, FACES.indexOf(face) + 1));
    // The library's text is nearly all covered; what is not is shaped by fontkit instead.
    expect(library.measured).toBeGreaterThan(chunks.length * 0.99);
    expect(random.measured).toBe(20_000);
    expect([...library.differ, ...random.differ]).toEqual([]);
  });

  it('does not measure a chunk with a character it does not cover, and calls nothing for it', () => {
    const model = pairKerning(fontOf(join(ROOT, 'assets', 'fonts', 'LiberationSerif-Regular.ttf')))!;
    const seen: number[] = [];
    for (const chunk of ['αβ', 'co\u00adop', 'e\u0301', '😀', 'a\u200db']) expect(model.advances(chunk, (a) => seen.push(a))).toBe(false);
    expect(seen).toEqual([]);
  });

  it('declines a font whose layout substitutes glyphs in Latin text (DejaVu Sans: ligatures, marks)', () => {
    // Installed by scripts/install-system-deps.sh (fonts-dejavu-core).
    expect(pairKerning(fontOf('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))).toBeUndefined();
  });
});
