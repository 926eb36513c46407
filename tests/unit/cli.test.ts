import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile, stat, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../../core/pack/schema';
import { Library } from '../../core/library/types';
import { serializePack } from '../../core/pack/restorePack';
import { packFile } from '../../core/pack/__fixtures__/packFile';
import type { Block } from '../../core/pack/schema';
import { longPack } from '../../bench/longPack';
import { pdfText, run } from '../support/tools';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'briefpack.mjs');
const exec = promisify(execFile);

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...args: string[]): Promise<Ran> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, BRIEFPACK_HOME: home } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/**
 * Runs the CLI with its stdout an OS pipe, as `briefpack … | other-tool` in a shell does. (Node's
 * own child stdio is a socket pair with a larger buffer, which hid the cut-off.)
 */
async function piped(...args: string[]): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  const child = spawn('bash', ['-o', 'pipefail', '-c', '"$0" "$@" | cat', process.execPath, BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, BRIEFPACK_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => chunks.push(d));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { code, stdout: Buffer.concat(chunks), stderr };
}

let home: string;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bp-cli-'));
  home = join(dir, '.state');
});

const oneLine = (r: Ran) => {
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
};

describe('briefpack new / validate / export', () => {
  it('makes a pack from a template that validates and exports to both formats', async () => {
    const pack = join(dir, 'note.briefpack');
    expect((await cli('new', '--template', 'briefing-note', '--out', pack)).code).toBe(0);
    const v = await cli('validate', pack);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('valid Briefpack pack');
    for (const format of ['docx', 'pdf']) {
      const out = join(dir, `note.${format}`);
      const r = await cli('export', pack, '--format', format, '--out', out, '--paper', 'letter');
      expect(r.code, r.stderr).toBe(0);
      expect((await stat(out)).size).toBeGreaterThan(1000);
    }
  });

  it('refuses to overwrite an existing file with new', async () => {
    const pack = join(dir, 'twice.briefpack');
    await cli('new', '--template', 'issue-brief', '--out', pack);
    const r = await cli('new', '--template', 'issue-brief', '--out', pack);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('already exists');
  });

  it('names a missing file with exit 1', async () => {
    const r = await cli('validate', join(dir, 'nope.briefpack'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nope.briefpack: no such file');
    oneLine(r);
  });

  it('names a file that is not JSON with exit 1, and leaves no partial export', async () => {
    const bad = join(dir, 'bad.briefpack');
    await writeFile(bad, '{"format": "briefpack", "vers');
    const r = await cli('validate', bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.briefpack: The file is not valid JSON/);
    oneLine(r);
    const e = await cli('export', bad, '--format', 'pdf', '--out', join(dir, 'bad.pdf'));
    expect(e.code).toBe(1);
    expect((await readdir(dir)).filter((f) => f.startsWith('bad.pdf') || f.includes('.tmp'))).toEqual([]);
  });

  it('refuses a JSON file that is not a pack, and one from a newer version', async () => {
    const other = join(dir, 'other.json');
    await writeFile(other, '{"hello": 1}');
    expect((await cli('validate', other)).stderr).toContain('This is not a Briefpack file.');
    const newer = join(dir, 'newer.briefpack');
    await writeFile(newer, JSON.stringify({ format: 'briefpack', version: 99, pack: {} }));
    const r = await cli('validate', newer);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('newer Briefpack');
  });

  it('opens a version 1 pack and refuses, in sentences, the places its notes cannot print', async () => {
    const library = JSON.parse(await readFile(join(ROOT, 'assets', 'library', 'library.json'), 'utf8')) as { excerpts: { id: string; sourceId: string }[] };
    const pism = library.excerpts.find((e) => e.sourceId === 'pism-2016')!.id;
    const cite = (ref: string, locator: string) => ({ type: 'cite', ref, locator });
    const v1 = join(dir, 'places.briefpack');
    await writeFile(v1, JSON.stringify({ format: 'briefpack', version: 1, pack: { cover: { title: 'Places', marking: 'OFFICIAL' }, body: [
      { type: 'paragraph', children: [{ type: 'text', text: 'A page of a paper without pages.' }, cite(pism, '4'), cite(pism, 'see the annex')] },
    ] } }));
    const r = await cli('validate', v1);
    expect(r.code).toBe(1);
    oneLine(r);
    expect(r.stderr).toContain('prints no page numbers, so page 4 cannot be found in it');
    expect(r.stderr).toContain('“see the annex” typed for a citation cannot be read');
  });

  it('prints the app’s export warnings on stderr, one line each, and exits 0; --strict exits 1 and writes nothing', async () => {
    const library = JSON.parse(await readFile(join(ROOT, 'assets', 'library', 'library.json'), 'utf8')) as { excerpts: { id: string; text: string }[] };
    const [a, b] = library.excerpts;
    const changed = (e: { id: string; text: string }) => ({ type: 'excerpt', ref: { id: e.id, text: `${e.text} (edited)`, sourceText: e.text, adapted: false } });
    const pack = join(dir, 'changed.briefpack');
    await writeFile(pack, JSON.stringify(packFile([changed(a!), changed(b!)] as Block[], { cover: { title: 'Changed' } })));
    for (const format of ['docx', 'pdf']) {
      const out = join(dir, `changed.${format}`);
      const r = await cli('export', pack, '--format', format, '--out', out);
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(2);
      for (const line of lines) expect(line).toMatch(/^briefpack: warning: .*changed\.briefpack: The quotation “.*” no longer matches the library; it is printed as adapted\.$/);
      expect(r.stdout).toContain(`changed.${format}: ${format.toUpperCase()}`);
      const strictOut = join(dir, `strict.${format}`);
      const strict = await cli('export', pack, '--format', format, '--out', strictOut, '--strict');
      expect(strict.code).toBe(1);
      expect(strict.stderr.trim().split('\n')).toHaveLength(3);
      expect(strict.stderr).toContain('not exported: 2 warnings and --strict.');
      await expect(stat(strictOut)).rejects.toThrow();
    }
    const clean = join(dir, 'clean.briefpack');
    await writeFile(clean, JSON.stringify(packFile([{ type: 'excerpt', ref: { id: a!.id, text: a!.text, sourceText: a!.text, adapted: false } }], { cover: { title: 'Clean' } })));
    const ok = await cli('export', clean, '--format', 'pdf', '--out', join(dir, 'clean.pdf'), '--strict');
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toBe('');
  });

  it('treats an unknown format as bad usage (exit 2)', async () => {
    const pack = join(dir, 'fmt.briefpack');
    await cli('new', '--template', 'talking-points', '--out', pack);
    const r = await cli('export', pack, '--format', 'odt', '--out', join(dir, 'x.odt'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown format "odt"');
  });

  it('exits 2 on an unknown command or missing flags', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('new', '--template', 'briefing-note')).code).toBe(2);
    expect((await cli('new', '--template', 'no-such', '--out', join(dir, 'n.briefpack'))).code).toBe(1);
  });
});

describe('briefpack library', () => {
  it('rebuilds the committed library byte for byte, and reports no unexplained anomaly', async () => {
    const file = join(ROOT, 'assets', 'library', 'library.json');
    const before = await readFile(file);
    const r = await cli('library', 'build');
    expect(r.code, r.stderr).toBe(0);
    expect((await readFile(file)).equals(before)).toBe(true);
    const report = await cli('library', 'report');
    expect(report.code).toBe(0);
    for (const id of ['gmf-2017', 'pism-2016', 'cepa-borsari', 'iai-dynamic-change', 'nato-south-2024']) expect(report.stdout).toContain(id);
  });

  it('searches with --json giving the contract fields', async () => {
    const r = await cli('library', 'search', 'Libya', '--json', '--limit', '3');
    expect(r.code, r.stderr).toBe(0);
    const hits = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(3);
    for (const h of hits) {
      for (const key of ['id', 'kind', 'sourceId', 'text', 'section', 'locator']) expect(h).toHaveProperty(key);
      expect(Array.isArray(h.section)).toBe(true);
    }
  });

  it('filters by kind and source', async () => {
    const r = await cli('library', 'search', 'NATO', '--json', '--kind', 'recommendation', '--source', 'pism-2016');
    expect(r.code, r.stderr).toBe(0);
    const hits = JSON.parse(r.stdout) as { kind: string; sourceId: string }[];
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.kind === 'recommendation' && h.sourceId === 'pism-2016')).toBe(true);
  });

  it('shows an item by id, and names an unknown id with exit 1', async () => {
    const [first] = JSON.parse((await cli('library', 'search', 'Sahel', '--json', '--limit', '1')).stdout) as { id: string; text: string }[];
    const r = await cli('library', 'show', first!.id, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).text).toBe(first!.text);
    const missing = await cli('library', 'show', 'no-such-id');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such-id');
  });

  it('rejects a bad --kind as usage', async () => {
    expect((await cli('library', 'search', 'x', '--kind', 'poem')).code).toBe(2);
  });
});

describe('stdout into a pipe', () => {
  // Exiting before stdout drained used to cut a piped output at the pipe's 64 KiB.
  it('delivers all of a JSON search result', async () => {
    const r = await piped('library', 'search', 'NATO', '--json', '--limit', '200');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(65_536);
    expect((JSON.parse(r.stdout.toString('utf8')) as unknown[]).length).toBe(200);
  });

  it('delivers all of a PDF of more than 1 MB written to --out -', async () => {
    const library = Library.parse(JSON.parse(await readFile(join(ROOT, 'assets', 'library', 'library.json'), 'utf8')));
    const pack = join(dir, 'long.briefpack');
    await writeFile(pack, serializePack(longPack(library, 400)));
    const r = await piped('export', pack, '--format', 'pdf', '--out', '-');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(1024 * 1024);
    const pdf = join(dir, 'piped.pdf');
    await writeFile(pdf, r.stdout);
    // poppler reads the cross-reference table at the very end: a cut file fails here.
    const info = (await run('pdfinfo', [pdf])).stdout;
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(100);
    expect(await pdfText(pdf, pages)).toMatch(/\w/);
    // As long as an export to a file (the bytes differ only in the timestamp and document id).
    const file = join(dir, 'long.pdf');
    expect((await cli('export', pack, '--format', 'pdf', '--out', file)).code).toBe(0);
    expect(r.stdout.length).toBe((await stat(file)).size);
    // Two 100-page exports in child processes: seconds on a quiet machine, far more on a busy one.
  }, 120_000);
});

describe('the sample pack', () => {
  it('validates', async () => {
    const r = await cli('validate', join(ROOT, 'assets', 'examples', 'sample.briefpack'));
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(await readFile(join(ROOT, 'assets', 'examples', 'sample.briefpack'), 'utf8')).format).toBe('briefpack');
  });
});

describe('read-only commands and repair', () => {
  const SAMPLE = join(ROOT, 'assets', 'examples', 'sample.briefpack');

  async function damagedCopy(name: string): Promise<{ path: string; bytes: Buffer }> {
    const pack = JSON.parse(await readFile(SAMPLE, 'utf8')) as { pack: { cover: Record<string, unknown> } };
    pack.pack.cover.date = 20261202;
    pack.pack.cover.draft = 'yes';
    const path = join(dir, name);
    await writeFile(path, JSON.stringify(pack, null, 2));
    return { path, bytes: await readFile(path) };
  }

  it('validate and export write nothing but the export itself: no recent-files list, no state', async () => {
    const own = await mkdtemp(join(tmpdir(), 'bp-cli-ro-'));
    const state = join(own, '.state');
    const run = (...args: string[]) => exec(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, BRIEFPACK_HOME: state } });
    await run('validate', SAMPLE);
    await run('export', SAMPLE, '--format', 'docx', '--out', join(own, 'sample.docx'));
    expect(await readdir(own)).toEqual(['sample.docx']);
  });

  it('validate --json lists each repair in words, and exits 1', async () => {
    const { path } = await damagedCopy('damaged.briefpack');
    const r = await cli('validate', path, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      path,
      valid: false,
      version: CURRENT_VERSION,
      blocks: expect.any(Number),
      repairs: ['Cover date was unreadable and is now empty.', 'Cover draft watermark was unreadable and is now on.'],
      places: [],
      confirmMarking: false,
    });
    const ok = await cli('validate', SAMPLE, '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ valid: true, repairs: [] });
  });

  it('repair writes the repaired pack to --out and never touches the original', async () => {
    const { path, bytes } = await damagedCopy('to-repair.briefpack');
    const out = join(dir, 'repaired.briefpack');
    const r = await cli('repair', path, '--out', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('- Cover date was unreadable and is now empty.');
    expect((await readFile(path)).equals(bytes)).toBe(true);
    const v = await cli('validate', out, '--json');
    expect(v.code, v.stdout).toBe(0);
    expect((await cli('repair', path, '--out', path)).stderr).toContain('the original is never changed');
    expect((await cli('repair', path, '--out', out)).stderr).toContain('already exists');
    expect((await readFile(path)).equals(bytes)).toBe(true);
  });

  it('a UTF-8 byte-order mark is a listed repair; bytes that are not UTF-8 are never passed silently', async () => {
    const sample = await readFile(SAMPLE);
    const bom = join(dir, 'bom.briefpack');
    await writeFile(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), sample]));
    const b = await cli('validate', bom, '--json');
    expect(JSON.parse(b.stdout).repairs).toEqual(['The file began with a byte-order mark (added by some text editors); it was removed.']);
    const latin1 = join(dir, 'latin1.briefpack');
    // One word typed in Latin-1 into an otherwise UTF-8 file.
    const [head, tail] = sample.toString('utf8').split('Briefing for the Summit') as [string, string];
    await writeFile(latin1, Buffer.concat([Buffer.from(`${head}Briefing for the Sommet `), Buffer.from('à', 'latin1'), Buffer.from(` Bruxelles${tail}`)]));
    const l = await cli('validate', latin1);
    expect(l.code).toBe(1);
    expect(l.stderr).toMatch(/One place in the file \(the first at byte \d+\) was not readable text \(not UTF-8\) and is now shown as �/);
  });
});
