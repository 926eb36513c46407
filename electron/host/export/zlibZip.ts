import { Zip, type ZipInputFile } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';

/**
 * The DOCX writer's zip (core/export/docx/zipPackage.ts says why): fflate writes the zip's
 * records, Node's zlib deflates each file (level 6, fflate's default, so a DOCX is as small as
 * before) and sums its CRC-32.
 */
export function zlibZip(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | undefined;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [filename, bytes] of files) {
    const entry: ZipInputFile = { filename, size: bytes.length, crc: crc32(bytes), compression: 8 };
    zip.add(entry); // sets entry.ondata
    entry.ondata!(null, deflateRawSync(bytes, { level: 6 }), true);
  }
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
