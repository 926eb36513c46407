import { createRequire } from 'node:module';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../tests/support/seededRandom';

// The CLI bundle swaps the brotli package's JavaScript decoder for zlib's (scripts/buildCli.mjs's
// alias): fontkit decodes a WOFF2 font's tables with it, so the two must give the same bytes, and
// refuse the same data, for every call fontkit makes (a table's data and its known length).
const require = createRequire(import.meta.url);
type Decompress = (buffer: Uint8Array, outputSize?: number) => Uint8Array;
const brotli = require('brotli/decompress.js') as Decompress;
const withZlib = require('./brotliDecompressWithZlib.cjs') as Decompress;

/** Text, random and repetitive data, compressed at the lowest and highest quality. */
function samples(): Uint8Array[] {
  const r = seededRandom(11);
  const text = new TextEncoder().encode('Glyph outlines and metrics for the Integrated Review. '.repeat(600));
  const noise = Uint8Array.from({ length: 50_000 }, () => Math.floor(r() * 256));
  const runs = Uint8Array.from({ length: 9_000 }, (_, i) => (i >> 5) & 7);
  const plain = [Uint8Array.of(7), text, noise, runs];
  return plain.flatMap((data) => [0, 11].map((quality) => new Uint8Array(brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }))));
}

const outcome = (decompress: Decompress, buffer: Uint8Array, size?: number): Uint8Array | string => {
  try {
    return decompress(buffer, size);
  } catch {
    return 'throws';
  }
};

describe('brotliDecompressWithZlib', () => {
  it('decodes what the brotli package decodes, whatever length it is told to expect', () => {
    for (const buffer of samples()) {
      const expected = brotli(buffer, 1_000_000);
      expect(expected.length).toBeGreaterThan(0);
      // fontkit gives the table's length; brotli's decoder grows past a length too short.
      for (const size of [expected.length, expected.length + 100, Math.floor(expected.length / 2)]) {
        const ours = withZlib(buffer, size);
        expect(ours).toBeInstanceOf(Uint8Array);
        expect(Buffer.from(ours).equals(Buffer.from(brotli(buffer, size)))).toBe(true);
      }
      expect(Buffer.from(withZlib(buffer)).equals(Buffer.from(expected))).toBe(true);
    }
  });

  it('refuses corrupt data, as the brotli package does', () => {
    const corrupt = samples()[2]!.slice();
    corrupt[Math.floor(corrupt.length / 2)]! ^= 0xff;
    corrupt[5]! ^= 0x5a;
    expect(outcome(withZlib, corrupt, 100_000)).toBe('throws');
    expect(outcome(brotli, corrupt, 100_000)).toBe('throws');
  });
});
