import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { longDoc, shortDoc, WRITER_OPTIONS } from '../../../core/export/__fixtures__/sampleDocs';
import { toDocx, type DocxOptions } from '../../../core/export/docx/toDocx';
import { readDocxParts } from '../../../tests/support/readDocxParts';
import { zlibZip } from './zlibZip';

// The app and the CLI zip a DOCX with zlibZip; the tests of core/export/docx read docx's own
// zip. Both must hold the same files, in the same order, byte for byte, and be sound zips.
const OPTIONS: DocxOptions = { ...WRITER_OPTIONS, contentsPages: [3, 3, 4] };

/** Each central directory entry's name and CRC-32, as a zip reader checks them. */
function directory(zip: Uint8Array): { name: string; crc: number; date: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.byteLength - 22;
  expect(view.getUint32(eocd, true)).toBe(0x06054b50);
  const out = [];
  let at = view.getUint32(eocd + 16, true);
  for (let i = view.getUint16(eocd + 10, true); i > 0; i--) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    out.push({ name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)), crc: view.getUint32(at + 16, true), date: view.getUint32(at + 12, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

describe('zlibZip', () => {
  for (const [name, doc] of [
    ['short', shortDoc()],
    ['long', longDoc(20)],
  ] as const) {
    it(`zips the ${name} document's files as docx's own zip does`, async () => {
      const ours = await toDocx(doc, { ...OPTIONS, zip: zlibZip });
      const theirs = await toDocx(doc, OPTIONS);
      const parts = readDocxParts(ours);
      expect([...parts.keys()]).toEqual([...readDocxParts(theirs).keys()]);
      expect(parts).toEqual(readDocxParts(theirs));
      // Sound: every CRC is the CRC of what unzips, and every entry carries the export's time.
      const entries = directory(ours);
      expect(entries.map((e) => e.name)).toEqual([...parts.keys()]);
      for (const e of entries) expect(e.crc).toBe(crc32(new TextEncoder().encode(parts.get(e.name))));
      expect(new Set(entries.map((e) => e.date)).size).toBe(1);
      expect(entries[0]!.date).toBe(directory(theirs)[0]!.date);
      // The same document gives the same bytes.
      expect(Buffer.from(await toDocx(doc, { ...OPTIONS, zip: zlibZip })).equals(Buffer.from(ours))).toBe(true);
    });
  }
});
