import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Files an importer must refuse: each gets one sentence naming the file and what to do, exit 1,
 * and the library folder exactly as it was (nothing is written before every file has been read).
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'briefpack.mjs');
const exec = promisify(execFile);
const GZ = '/usr/share/doc/bzip2/manual.pdf.gz';

let dir: string;
let library: string;
let good: string;

async function importCli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, 'library', 'import', ...args, '--library', library], { cwd: ROOT, env: { ...process.env, BRIEFPACK_HOME: join(dir, 'home') } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    return e as { code: number; stdout: string; stderr: string };
  }
}

function pdfOf(draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((done) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => done(Buffer.concat(chunks)));
    draw(doc);
    doc.end();
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bp-bad-'));
  library = join(dir, 'library');
  await mkdir(library);
  // One source already in the folder: it must survive every refused import unchanged.
  good = join(dir, 'notes.md');
  await writeFile(good, '# Notes\n\nA first paragraph of our own notes.\n');
  expect((await importCli(good)).code).toBe(0);
});

async function expectRefused(file: string, sentence: RegExp): Promise<void> {
  const before = await readdir(library);
  const contents = await Promise.all(before.map((n) => readFile(join(library, n), 'utf8')));
  // The good file first: a refusal of the second must not let the first be written either.
  const other = join(dir, 'other.txt');
  await writeFile(other, 'Another paragraph that would be a new source.\n');
  const r = await importCli(other, file);
  expect(r.code, r.stdout).toBe(1);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(file.replace(/^.*\//, ''));
  expect(r.stderr).toMatch(sentence);
  expect(await readdir(library)).toEqual(before);
  expect(await Promise.all(before.map((n) => readFile(join(library, n), 'utf8')))).toEqual(contents);
}

describe('bad input leaves the library untouched', () => {
  it('refuses a password-protected PDF', async () => {
    const plain = join(dir, 'plain.pdf');
    await writeFile(plain, await pdfOf((d) => d.text('Some text on a page that is long enough to count as text.')));
    const locked = join(dir, 'locked.pdf');
    await exec('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', plain, locked]);
    await expectRefused(locked, /protected by a password.*unprotected copy/);
  });

  it('refuses a scanned PDF (pages as images, no text layer)', async () => {
    const png = join(dir, 'page');
    const source = existsSync(GZ) ? join(dir, 'bz.pdf') : null;
    if (source) await writeFile(source, gunzipSync(await readFile(GZ)));
    const scanned = join(dir, 'scanned.pdf');
    if (source) await exec('pdftoppm', ['-png', '-r', '50', '-f', '5', '-l', '5', '-singlefile', source, png]);
    await writeFile(scanned, await pdfOf((d) => (source ? d.image(`${png}.png`, 0, 0, { width: 595 }) : d.rect(50, 50, 400, 600).fill('#888'))));
    await expectRefused(scanned, /no text to quote.*scanned.*OCR/);
  });

  it('refuses a damaged PDF', async () => {
    const damaged = join(dir, 'damaged.pdf');
    const whole = await pdfOf((d) => d.text('Text that will be cut off.'));
    await writeFile(damaged, Buffer.concat([whole.subarray(0, 40), Buffer.from('garbage '.repeat(50))]));
    await expectRefused(damaged, /damaged or is not a PDF|could not be read as a PDF/);
  });

  it('refuses a .docx that is not a Word document, and a zip without one inside', async () => {
    const text = join(dir, 'memo.docx');
    await writeFile(text, 'Just text, renamed.');
    await expectRefused(text, /not a Word document.*save it as \.docx/);
    const zip = join(dir, 'archive.docx');
    await writeFile(zip, zipSync({ 'readme.txt': new TextEncoder().encode('hello') }));
    await expectRefused(zip, /not a Word document/);
  });

  it('refuses CSL-JSON that does not parse, naming the reference and field', async () => {
    const broken = join(dir, 'refs.json');
    await writeFile(broken, '[{"id": "a", "type": "report", "title": "Fine"}, {"id": "b", "title": "No type"}]');
    const before = await readdir(library);
    const r = await importCli('--meta', broken);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/refs\.json is not valid CSL-JSON: reference 2, field type/);
    const notJson = join(dir, 'refs2.json');
    await writeFile(notJson, '{ not json');
    const r2 = await importCli('--meta', notJson);
    expect(r2.stderr).toMatch(/refs2\.json is not valid CSL-JSON: it is not JSON at all/);
    expect(await readdir(library)).toEqual(before);
  });
});
