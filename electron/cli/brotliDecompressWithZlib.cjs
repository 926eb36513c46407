// brotli's decompress function, done by Node's zlib: the CLI bundle uses this file wherever a
// dependency requires 'brotli/decompress.js' (the alias is in scripts/buildCli.mjs).
//
// fontkit decompresses WOFF2 fonts with the brotli package's JavaScript decoder, whose static
// dictionary is 1.3 MB of source: 40% of the CLI bundle, read, decoded and taken from the code
// cache by every CLI call, though the fonts Briefpack bundles are TrueType and never need it.
// Node's zlib has the same decoder built in. The contract is brotli's BrotliDecompressBuffer:
// the whole output, whatever `outputSize` says (brotli's decoder takes it as a first guess and
// grows its buffer past it); corrupt data throws.
// electron/cli/brotliDecompressWithZlib.test.ts compares the two.
'use strict';
// This file is CommonJS because its callers require() it and call the export itself.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { brotliDecompressSync } = require('node:zlib');

module.exports = function BrotliDecompressBuffer(buffer) {
  const out = brotliDecompressSync(buffer);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
};
