#!/usr/bin/env node
// Runs Electronegativity over the sources (never the build output in out/), prints every
// finding, and fails on any high or medium finding that electron/security-review.json does not
// explain. An explanation names the check, the file and the exact text of the flagged line, so
// it covers that code only: a new line with unsafe options, even in a reviewed file, is a new
// finding, and an explanation whose line has changed or gone fails until it is reviewed again.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
/** What Electronegativity reads: the Electron side and the renderer, and package.json for the version. */
const SOURCES = ['electron', 'renderer', 'package.json'];
const SKIP = /(^|\/)(node_modules|out|dist|\.tsbuild|test-results)(\/|$)|\.test\.tsx?$/;

const work = mkdtempSync(join(tmpdir(), 'bp-en-'));
const copy = join(work, 'src');
for (const entry of SOURCES) {
  cpSync(join(root, entry), join(copy, entry), { recursive: true, filter: (p) => !SKIP.test(relative(root, p)) });
}
const out = join(work, 'report.csv');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const bin = join(root, 'node_modules', '.bin', 'electronegativity');
const run = spawnSync(bin, ['-i', copy, '-r', '-v', 'false', '-e', electronVersion, '-o', out], { cwd: copy, encoding: 'utf8' });
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}

const rows = csvRecords(readFileSync(out, 'utf8'))
  .slice(1)
  .filter((cells) => cells.some((c) => c !== ''))
  .map((cells) => {
    if (cells.length < 5) throw new Error(`Electronegativity's report has a row this script cannot read: ${JSON.stringify(cells)}`);
    const file = cells[3].replace(/^\.?\//, '');
    const lineNo = Number(cells[4].split(':')[0]);
    return { check: cells[0], severity: cells[1], file, location: cells[4], code: sourceLine(file, lineNo) };
  });
rmSync(work, { recursive: true, force: true });

/**
 * The report's records, each a list of trimmed fields. RFC 4180: a quoted field may hold commas,
 * doubled quotes and line breaks (a flagged sample that spans lines), so the report is not split
 * on lines first.
 */
function csvRecords(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field.trim());
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field.trim());
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) records.push([...record, field.trim()]);
  return records;
}

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
