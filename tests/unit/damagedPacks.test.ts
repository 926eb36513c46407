import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { appPaths } from '../../electron/host/appPaths';
import { createHost } from '../../electron/host/createHost';
import { unconfined } from '../../electron/host/pathPolicy';
import { serializePack } from '../../core/pack/restorePack';
import { damagedPacks, type DamagedPack } from '../support/damagedPacks';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'briefpack.mjs');
const TEMPLATES = ['briefing-note', 'talking-points', 'meeting-pack', 'issue-brief'];
const COUNT = 320;
const THROUGH_REAL_CLI = 4;

// eslint-disable-next-line no-control-regex -- control characters are what must not reach the terminal
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot carry
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface Ran {
  code: number;
  stderr: string;
}

let dir: string;
let cases: DamagedPack[];
let bases: string[];
const previousHome = process.env.BRIEFPACK_HOME;

/** The CLI's own main(), in this process: stdout to a list, stderr captured while it runs. */
async function cliInProcess(...args: string[]): Promise<Ran> {
  let stderr = '';
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stderr.write;
  try {
    const code = await main(args, { out: () => undefined, bytes: () => undefined, warn: (line) => void process.stderr.write(`${line}\n`) });
    return { code, stderr };
  } finally {
    process.stderr.write = write;
  }
}

async function cliProcess(...args: string[]): Promise<Ran> {
  try {
    const { stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, BRIEFPACK_HOME: join(dir, '.state') } });
    return { code: 0, stderr };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, stderr: err.stderr };
  }
}

/**
 * What every run must show: exit 0 or 1; on 1 one short printable line, no stack trace; on 0
 * nothing on stderr but export warnings, one short printable line each.
 */
function expectOneShortLine(r: Ran, what: string): void {
  expect([0, 1], `${what}: exit ${r.code}: ${r.stderr}`).toContain(r.code);
  const lines = r.stderr.split('\n');
  if (r.code === 0) {
    for (const line of lines.slice(0, -1)) {
      expect(line.startsWith('briefpack: warning: '), `${what}: ${line}`).toBe(true);
      expect(line.length, `${what}: ${line}`).toBeLessThanOrEqual(400);
      expect(CONTROL.test(line), `${what}: control character in ${JSON.stringify(line)}`).toBe(false);
    }
    return;
  }
  expect(lines, `${what}: ${r.stderr}`).toHaveLength(2); // the line and its newline
  expect(lines[1]).toBe('');
  expect(lines[0]!.startsWith('briefpack: '), what).toBe(true);
  expect(lines[0]!.length, `${what}: ${lines[0]}`).toBeLessThanOrEqual(400);
  expect(CONTROL.test(lines[0]!), `${what}: control character in ${JSON.stringify(lines[0])}`).toBe(false);
  expect(lines[0], what).not.toMatch(/\bat .+:\d+:\d+\)?$/);
}

/** An export the CLI said it wrote is whole: a PDF from header to trailer, a DOCX whose XML Word can read. */
async function expectWholeExport(out: string, format: 'docx' | 'pdf'): Promise<void> {
  const bytes = new Uint8Array(await readFile(out));
  if (format === 'pdf') {
    const text = Buffer.from(bytes).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    return;
  }
  const parts = unzipSync(bytes);
  expect(Object.keys(parts)).toContain('word/document.xml');
  for (const [path, data] of Object.entries(parts)) if (path.endsWith('.xml')) expect(NOT_XML_CHAR.test(strFromU8(data)), path).toBe(false);
}

async function runCase(
  c: DamagedPack,
  cli: (...args: string[]) => Promise<Ran>,
  exportsWanted: 'when valid' | 'always',
  formats: readonly ('docx' | 'pdf')[] = ['docx', 'pdf'],
): Promise<{ valid: boolean; exported: number; refused: number }> {
  const caseDir = join(dir, c.name.replace(/[^a-z0-9-]+/gi, '_'));
  await mkdir(caseDir);
  const input = join(caseDir, 'in.briefpack');
  await writeFile(input, c.bytes);
  const v = await cli('validate', input);
  expectOneShortLine(v, `${c.name} validate`);
  let exported = 0;
  let refused = 0;
  if (v.code === 0 || exportsWanted === 'always') {
    for (const format of formats) {
      const out = join(caseDir, `out.${format}`);
      const r = await cli('export', input, '--format', format, '--out', out);
      expectOneShortLine(r, `${c.name} export ${format}`);
      if (v.code === 0) expect(r.code, `${c.name} export ${format}: ${r.stderr}`).toBe(0);
      if (r.code === 0) {
        await expectWholeExport(out, format);
        exported += 1;
      } else refused += 1;
    }
  }
  // Nothing partial or temporary left beside the input, and the input untouched.
  const left = (await readdir(caseDir)).sort();
  expect(left.filter((f) => f !== 'in.briefpack' && !/^out\.(docx|pdf)$/.test(f)), c.name).toEqual([]);
  expect(Buffer.from(await readFile(input)).equals(Buffer.from(c.bytes)), `${c.name}: input changed`).toBe(true);
  return { valid: v.code === 0, exported, refused };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bp-fuzz-'));
  process.env.BRIEFPACK_HOME = join(dir, '.state');
  const host = createHost({ mode: 'electron', paths: appPaths(), stateDir: join(dir, '.state'), workspaceDir: dir, policy: unconfined });
  bases = [await readFile(join(ROOT, 'assets', 'examples', 'sample.briefpack'), 'utf8')];
  for (const t of TEMPLATES) bases.push(serializePack(await host.newPack({ template: t })));
  cases = damagedPacks(bases, COUNT);
});

afterAll(() => {
  if (previousHome === undefined) delete process.env.BRIEFPACK_HOME;
  else process.env.BRIEFPACK_HOME = previousHome;
});

describe('damaged and hostile packs', () => {
  it(`${COUNT} generated packs through validate and both exports, in process: exit 0 or 1, one short line, no partial file, input unchanged`, { timeout: 300_000 }, async () => {
    const started = performance.now();
    const tally = { valid: 0, refused: 0, exported: 0, exportRefused: 0 };
    // Exports of damaged packs are refused before any work; every fourth is tried to prove it.
    for (const [i, c] of cases.entries()) {
      const r = await runCase(c, cliInProcess, i % 4 === 0 ? 'always' : 'when valid');
      if (r.valid) tally.valid += 1;
      else tally.refused += 1;
      tally.exported += r.exported;
      tally.exportRefused += r.refused;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `damaged packs: ${cases.length} generated; validate: ${tally.valid} valid (exit 0), ${tally.refused} refused (exit 1); ` +
        `exports: ${tally.exported} written whole, ${tally.exportRefused} refused in one line; ${seconds} s`,
    );
    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(tally.valid).toBeGreaterThan(50);
    expect(tally.refused).toBeGreaterThan(100);
  });

  it(`${THROUGH_REAL_CLI} of them through the real briefpack command as well`, { timeout: 120_000 }, async () => {
    // One of each: refused bytes, refused JSON, valid but empty blocks, valid hostile text.
    const chosen = ['truncated', 'wrong type', 'empty blocks', 'hostile but valid text'].map((kind) => cases.find((c) => c.name.endsWith(kind))!);
    let runs = 0;
    for (const [i, c] of chosen.entries()) {
      await runCase({ ...c, name: `cli-${c.name}` }, cliProcess, 'always', [i % 2 === 0 ? 'pdf' : 'docx']);
      runs += 2;
    }
    console.log(`damaged packs through the real CLI: ${chosen.length} packs, ${runs} runs`);
  });

  it('an export killed mid-way leaves no file at --out, and the input as it was', { timeout: 120_000 }, async () => {
    const caseDir = join(dir, 'killed');
    await mkdir(caseDir);
    const input = join(caseDir, 'in.briefpack');
    const text = 'The Alliance and its southern partners share interests that no template captures. '.repeat(12);
    const pack = JSON.parse(bases[1]!) as { pack: { body: unknown[] } };
    pack.pack.body = Array.from({ length: 3000 }, () => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
    const bytes = JSON.stringify(pack);
    await writeFile(input, bytes);
    const out = join(caseDir, 'out.pdf');
    const child = spawn(process.execPath, [BIN, 'export', input, '--format', 'pdf', '--out', out], { cwd: ROOT, env: { ...process.env, BRIEFPACK_HOME: join(dir, '.state') }, stdio: 'ignore' });
    // Listened for from the start: the built CLI may finish before the kill.
    const exited = new Promise((r) => child.once('exit', r));
    // Past start-up and into the export of this PDF (or, on a fast machine, just after it), then killed.
    const killedAt = 1_500;
    await new Promise((r) => setTimeout(r, killedAt));
    child.kill('SIGKILL');
    await exited;
    const left = await readdir(caseDir);
    // Killed before the rename, there is no out.pdf; a kill just after it leaves a whole one.
    if (left.includes('out.pdf')) await expectWholeExport(out, 'pdf');
    expect(left.filter((f) => f !== 'in.briefpack' && f !== 'out.pdf' && !f.endsWith('.tmp'))).toEqual([]);
    expect(await readFile(input, 'utf8')).toBe(bytes);
    console.log(`killed export: SIGKILL after ${killedAt} ms; left beside the input: ${left.filter((f) => f !== 'in.briefpack').join(', ') || 'nothing'}`);
  });
});

