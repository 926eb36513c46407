import { encodeUtf8, Packer, type File } from 'docx';

/**
 * Zips a package's files, in their order, each deflated: lent by the host (Node's zlib,
 * electron/host/export/zlibZip.ts). Without one, docx's Packer zips with the fflate it bundles,
 * in JavaScript. It is the same work, but a whole-process export runs it once, cold: zlib saved
 * about 40 ms of a CLI export of the 150-note pack (`npm run bench`, cli-docx-150). Entry times
 * are left to stampZipEntries.
 */
export type ZipFiles = (files: ReadonlyMap<string, Uint8Array>) => Uint8Array;

type Overrides = readonly { path: string; data: string }[];
type Compile = (file: File, prettify: undefined, overrides: Overrides) => Map<string, string | Uint8Array>;

/** The document as a zip: Packer.pack's, or the same files zipped by `zip`. */
export async function zipPackage(document: File, overrides: Overrides, zip?: ZipFiles): Promise<Uint8Array> {
  if (!zip) return Packer.pack(document, 'uint8array', false, overrides);
  return zip(packageFiles(document, overrides));
}

/**
 * Every file of the package by its path, in the order Packer.pack zips them: what Packer.pack
 * does before it zips. docx keeps the compiler private in its types (Packer.compiler), so it is
 * reached here, in one place, and checked: docx is pinned in the lockfile, and a docx that moved
 * it fails here with this message, and in the tests that zip both ways, rather than write
 * something else.
 */
function packageFiles(document: File, overrides: Overrides): Map<string, Uint8Array> {
  const compiler = (Packer as unknown as { compiler?: { compile?: Compile } }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('docx no longer has Packer.compiler.compile (core/export/docx/zipPackage.ts needs it)');
  const files = new Map<string, Uint8Array>();
  for (const [path, data] of compiler.compile.call(compiler, document, undefined, overrides)) {
    files.set(path, typeof data === 'string' ? encodeUtf8(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  }
  return files;
}
