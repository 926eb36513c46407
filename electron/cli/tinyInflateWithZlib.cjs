// tiny-inflate's function, done by Node's zlib: the CLI bundle uses this file wherever a
// dependency requires 'tiny-inflate' (the alias is in scripts/buildCli.mjs).
//
// fontkit and unicode-properties inflate their tables with tiny-inflate, in JavaScript, when
// they load: about 25 ms of a DOCX export's main thread, and some 100 ms of V8's background
// compilers optimising the inflater, for work zlib does in about a millisecond. The contract is
// tiny-inflate's: raw DEFLATE `source` into `dest`; returns `dest`, or a copy of its head when
// the data is shorter; data past the end of `dest` is dropped, as tiny-inflate drops it; corrupt
// data throws. tests/unit/tinyInflateWithZlib.test.ts compares the two.
'use strict';
// This file is CommonJS because its callers require() it and call the export itself.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { inflateRawSync } = require('node:zlib');

module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  const length = Math.min(out.length, dest.length);
  dest.set(out.subarray(0, length));
  return length < dest.length ? dest.slice(0, length) : dest;
};
