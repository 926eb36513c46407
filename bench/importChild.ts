import { readFileSync } from 'node:fs';
import { importFile } from '../electron/host/userLibrary/importFile';

// Run bundled (plain node, as the built app runs), not under tsx, whose transpiler would
// dominate the memory measured. Prints one JSON line for bench/importMemory.ts.
const path = process.argv[2] as string;
const start = performance.now();
let pages = 0;
const file = await importFile(path, readFileSync(path), undefined, (done) => (pages = done));
const ms = performance.now() - start;
// maxRSS is in KiB: the peak resident memory of this whole process.
console.log(JSON.stringify({ pages, excerpts: file.excerpts.length, ms, peakMiB: process.resourceUsage().maxRSS / 1024 }));
