import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../tests/support/seededRandom';

// The CLI bundle swaps tiny-inflate for zlib (scripts/buildCli.mjs's alias): the two must give
// the same bytes, the same length and the same kind of result for every call fontkit and
// unicode-trie make, or the PDF's glyph tables and Unicode data would differ from the app's.
const require = createRequire(import.meta.url);
type Inflate = (source: Uint8Array, dest: Uint8Array) => Uint8Array;
const tinyInflate = require('tiny-inflate') as Inflate;
const withZlib = require('./tinyInflateWithZlib.cjs') as Inflate;

/** Text-like, random and repetitive data, so stored, fixed and dynamic Huffman blocks all occur. */
function samples(): Uint8Array[] {
  const r = seededRandom(7);
  const text = new TextEncoder().encode('The Integrated Review sets out the Government’s vision. '.repeat(400));
  const noise = Uint8Array.from({ length: 70_000 }, () => Math.floor(r() * 256));
  const runs = Uint8Array.from({ length: 5_000 }, (_, i) => (i >> 6) & 3);
  return [new Uint8Array(0), Uint8Array.of(42), text, noise, runs, text.subarray(0, 100)];
}

function same(source: Uint8Array, destLength: number): void {
  const a = tinyInflate(source, new Uint8Array(destLength));
  const b = withZlib(source, new Uint8Array(destLength));
  expect(b.length).toBe(a.length);
  expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  // unicode-trie reads the result through `new Uint32Array(result.buffer)`: it must own its buffer.
  expect(b.byteOffset).toBe(0);
  expect(b.buffer.byteLength).toBe(a.buffer.byteLength);
}

describe('tinyInflateWithZlib', () => {
  it('inflates as tiny-inflate does, into a destination of the exact size, a larger one or a smaller one', () => {
    for (const data of samples()) {
      for (const level of [0, 1, 6, 9]) {
        const source = deflateRawSync(data, { level });
        same(source, data.length);
        same(source, data.length + 17);
        if (data.length > 1) same(source, data.length - 1);
      }
    }
  });

  it('inflates twice over, as unicode-trie stores its tables', () => {
    const data = samples()[2]!;
    const twice = deflateRawSync(deflateRawSync(data));
    const a = tinyInflate(tinyInflate(twice, new Uint8Array(data.length)), new Uint8Array(data.length));
    const b = withZlib(withZlib(twice, new Uint8Array(data.length)), new Uint8Array(data.length));
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(b).equals(Buffer.from(data))).toBe(true);
  });

  it('throws on corrupt data, as tiny-inflate does', () => {
    const corrupt = Uint8Array.of(0xff, 0xff, 0xff, 0xff);
    expect(() => tinyInflate(corrupt, new Uint8Array(10))).toThrow();
    expect(() => withZlib(corrupt, new Uint8Array(10))).toThrow();
  });
});
