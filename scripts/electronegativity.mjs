#!/usr/bin/env node
// Runs Electronegativity over the sources, prints every finding, and fails on any high or
// medium finding that electron/security-review.json does not explain.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(mkdtempSync(join(tmpdir(), 'bp-en-')), 'report.csv');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const run = spawnSync('npx', ['electronegativity', '-i', root, '-r', '-v', 'false', '-e', electronVersion, '-o', out], { cwd: root, encoding: 'utf8' });
if (run.status !== 0) {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}
const rows = readFileSync(out, 'utf8').trim().split('\n').slice(1).map((line) => {
  const cells = [...line.matchAll(/"([^"]*)"|([^,]+)/g)].map((m) => (m[1] ?? m[2] ?? '').trim());
  return { check: cells[0], severity: cells[1], file: cells[3], location: cells[4] };
});
const review = JSON.parse(readFileSync(join(root, 'electron', 'security-review.json'), 'utf8')).reviewed;
let unexplained = 0;
console.log(`Electronegativity ${electronVersion}: ${rows.length} finding(s)`);
for (const r of rows) {
  const why = review.find((x) => x.check === r.check && x.file === r.file);
  const serious = r.severity === 'HIGH' || r.severity === 'MEDIUM';
  if (serious && !why) unexplained++;
  console.log(`  ${r.severity.padEnd(6)} ${r.check} ${r.file}:${r.location}${why ? `\n         reviewed: ${why.reason}` : serious ? '\n         NOT REVIEWED' : ''}`);
}
if (unexplained) {
  console.error(`${unexplained} high or medium finding(s) without a written reason in electron/security-review.json`);
  process.exit(1);
}
