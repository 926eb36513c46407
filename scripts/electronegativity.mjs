#!/usr/bin/env node
// Runs Electronegativity over the sources (never the build output in out/), prints every
// finding, and fails on any high or medium finding that electron/security-review.json does not
// explain. An explanation names the check, the file and the exact text of the flagged line, so
// it covers that code only: a new line with unsafe options, even in a reviewed file, is a new
// finding, and an explanation whose line has changed or gone fails until it is reviewed again.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
/** What Electronegativity reads: the Electron side and the renderer, and package.json for the version. */
const SOURCES = ['electron', 'renderer', 'package.json'];
const SKIP = /(^|\/)(node_modules|out|dist|\.tsbuild|test-results)(\/|$)|\.test\.tsx?$/;

const work = mkdtempSync(join(tmpdir(), 'bp-en-'));
const copy = join(work, 'src');
for (const entry of SOURCES) {
  cpSync(join(root, entry), join(copy, entry), { recursive: true, filter: (p) => !SKIP.test(relative(root, p)) });
}
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
// The package's own entry point, not its command: the command writes a CSV report with two
// unordered writes (the header truncating the file while the rows are appended), so on a busy
// machine the header lands over the first rows and the report cannot be read. The entry point
// hands back the findings themselves.
const runElectronegativity = createRequire(import.meta.url)('@doyensec/electronegativity');
const scan = await runElectronegativity({ input: copy, electronVersionOverride: electronVersion, isRelative: true, isVerbose: false }, false);
rmSync(work, { recursive: true, force: true });
for (const e of scan.errors) console.error(`Electronegativity could not read ${e.file}: ${e.message}`);
// A file it could not parse is a file nobody checked; a tolerable error is one it read past.
if (scan.errors.some((e) => !e.tolerable)) process.exit(1);
const rows = scan.issues.map((issue) => {
  const file = relative(copy, resolve(copy, issue.file));
  return {
    check: issue.id,
    severity: issue.severity.name,
    file,
    location: `${issue.location.line}:${issue.location.column}`,
    code: sourceLine(file, issue.location.line),
  };
});

function sourceLine(file, lineNo) {
  try {
    return (readFileSync(join(root, file), 'utf8').split('\n')[lineNo - 1] ?? '').trim();
  } catch {
    return '';
  }
}

const review = JSON.parse(readFileSync(join(root, 'electron', 'security-review.json'), 'utf8')).reviewed;
const used = new Set();
let unexplained = 0;
console.log(`Electronegativity ${electronVersion} over ${SOURCES.join(', ')}: ${rows.length} finding(s)`);
for (const r of rows) {
  const i = review.findIndex((x) => x.check === r.check && x.file === r.file && x.code === r.code);
  const why = review[i];
  if (why) used.add(i);
  const serious = r.severity === 'HIGH' || r.severity === 'MEDIUM';
  if (serious && !why) unexplained++;
  const note = why ? `\n         reviewed: ${why.reason}` : serious ? `\n         NOT REVIEWED: ${r.code}` : '';
  console.log(`  ${r.severity.padEnd(6)} ${r.check} ${r.file}:${r.location}${note}`);
}
const stale = review.filter((_, i) => !used.has(i));
for (const s of stale) console.error(`  STALE review of ${s.check} in ${s.file}: no finding on the line "${s.code}" any more; review it again.`);
if (unexplained || stale.length) {
  console.error(`${unexplained} high or medium finding(s) without a written reason, ${stale.length} stale reason(s), in electron/security-review.json`);
  process.exit(1);
}
console.log(`${rows.length} finding(s), every high and medium one explained for its exact line.`);
