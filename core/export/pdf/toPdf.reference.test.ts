import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzlibSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { longDoc, WRITER_OPTIONS } from '../__fixtures__/sampleDocs';
import type { PdfFonts } from './fonts';
import { toPdf } from './toPdf';

/**
 * Small renderings of typical pages, compared with a tolerant pixel diff so that a change in
 * layout shows up while anti-aliasing noise does not. To accept a deliberate change, run with
 * BRIEFPACK_UPDATE_REFERENCE=1, then look at the PNGs in __reference__/ before committing.
 */
const FONT_DIR = join(import.meta.dirname, '../../../assets/fonts');
const REF_DIR = join(import.meta.dirname, '__reference__');
const font = (name: string) => new Uint8Array(readFileSync(join(FONT_DIR, name)));
const FONTS: PdfFonts = {
  serif: { regular: font('LiberationSerif-Regular.ttf'), bold: font('LiberationSerif-Bold.ttf'), italic: font('LiberationSerif-Italic.ttf'), boldItalic: font('LiberationSerif-BoldItalic.ttf') },
  sans: { regular: font('LiberationSans-Regular.ttf'), bold: font('LiberationSans-Bold.ttf') },
};
const UPDATE = process.env.BRIEFPACK_UPDATE_REFERENCE === '1';

const PAGES: Array<[string, number]> = [
  ['long-cover', 1],
  ['long-contents', 2],
  ['long-recommendation', 4],
  ['long-dense-notes', 19],
];

interface Gray { width: number; height: number; pixels: Uint8Array }

/** Decodes the 8-bit, non-interlaced grey or RGB PNGs pdftoppm writes, to grey levels. */
function decodePng(png: Uint8Array): Gray {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 1;
  const idat: Uint8Array[] = [];
  while (at < png.length) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const depth = data[8]!;
      const colour = data[9]!;
      if (depth !== 8 || data[12] !== 0 || (colour !== 0 && colour !== 2)) throw new Error('Unsupported PNG');
      channels = colour === 2 ? 3 : 1;
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const raw = unzlibSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = rows.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? row[x - channels]! : 0;
      const b = up[x]!;
      const c = x >= channels ? up[x - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!;
      row[x] = (src[x]! + predictor) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i++) {
    pixels[i] = channels === 1 ? rows[i]! : Math.round((rows[i * 3]! + rows[i * 3 + 1]! + rows[i * 3 + 2]!) / 3);
  }
  return { width, height, pixels };
}

/** Mean absolute grey difference, and the share of pixels that differ by more than a quarter. */
function difference(a: Gray, b: Gray): { mean: number; far: number } {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let sum = 0;
  let far = 0;
  for (let i = 0; i < a.pixels.length; i++) {
    const d = Math.abs(a.pixels[i]! - b.pixels[i]!);
    sum += d;
    if (d > 64) far += 1;
  }
  return { mean: sum / a.pixels.length, far: far / a.pixels.length };
}

const dir = mkdtempSync(join(tmpdir(), 'briefpack-pdf-ref-'));
const file = join(dir, 'long.pdf');
beforeAll(async () => writeFileSync(file, await toPdf(longDoc(150), FONTS, WRITER_OPTIONS)));

function render(page: number): Uint8Array {
  const out = join(dir, `p${page}`);
  execFileSync('pdftoppm', ['-r', '40', '-gray', '-png', '-f', String(page), '-l', String(page), '-singlefile', file, out]);
  return new Uint8Array(readFileSync(`${out}.png`));
}

describe('toPdf reference renderings', () => {
  it('decodes what pdftoppm writes', () => {
    const img = decodePng(render(1));
    expect(img.width).toBeGreaterThan(300);
    // The cover is mostly white paper with some dark title text.
    const mean = img.pixels.reduce((s, v) => s + v, 0) / img.pixels.length;
    expect(mean).toBeGreaterThan(200);
    expect(img.pixels.reduce((m, v) => Math.min(m, v), 255)).toBeLessThan(80);
  });

  it.each(PAGES)('%s (page %d) matches its reference', (name, page) => {
    const fresh = render(page);
    const refFile = join(REF_DIR, `${name}.png`);
    if (UPDATE || !existsSync(refFile)) writeFileSync(refFile, fresh);
    if (!UPDATE) expect(existsSync(refFile), `${refFile} was missing; written now, review it`).toBe(true);
    const diff = difference(decodePng(fresh), decodePng(new Uint8Array(readFileSync(refFile))));
    expect(diff.mean).toBeLessThan(1.5);
    expect(diff.far).toBeLessThan(0.002);
  });

  it('tells a different page from the reference', () => {
    // The check must be able to fail: the page after the recommendation page is similar
    // (same furniture, text and notes) but laid out differently.
    const diff = difference(decodePng(render(5)), decodePng(new Uint8Array(readFileSync(join(REF_DIR, 'long-recommendation.png')))));
    expect(diff.mean).toBeGreaterThan(1.5);
  });
});
