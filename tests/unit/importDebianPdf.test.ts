import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../core/citations/plainText';
import { readDocxParts } from '../support/readDocxParts';
import type { Block } from '../../core/pack/schema';
import { packFile } from '../../core/pack/__fixtures__/packFile';
import { appPaths } from '../../electron/host/appPaths';
import { createHost } from '../../electron/host/createHost';
import { unconfined } from '../../electron/host/pathPolicy';
import { importFile } from '../../electron/host/userLibrary/importFile';
import { saveUserSource } from '../../electron/host/userLibrary/userLibraryFolder';

/**
 * A PDF nobody here wrote: the bzip2 manual Debian ships in bzip2-doc (scripts/install-system-deps.sh
 * installs it). Its pages carry printed folios after three unnumbered front pages, running heads
 * per chapter and a table of contents: what a think-tank report has too.
 */
const GZ = '/usr/share/doc/bzip2/manual.pdf.gz';
const present = existsSync(GZ);
if (!present) console.warn(`SKIPPED: ${GZ} is absent; run scripts/install-system-deps.sh (package bzip2-doc).`);

const dir = mkdtempSync(join(tmpdir(), 'bp-import-'));
const pdf = join(dir, 'bzip2-manual.pdf');
if (present) writeFileSync(pdf, gunzipSync(readFileSync(GZ)));

/** Text as a comparison sees it: compatibility forms (ligatures), no white space, no hyphens (line-end breaks differ). */
const squash = (s: string) => s.normalize('NFKC').replace(/[\s\-‐­]/g, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
const pdftotext = (page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-']).toString();

describe.skipIf(!present)('importing a real PDF manual (Debian bzip2-doc)', () => {
  const imported = present ? importFile(pdf, readFileSync(pdf), undefined) : Promise.reject(new Error('absent'));

  it('takes page numbers from the printed folios and says so', async () => {
    const file = await imported;
    expect(file.report.pageNumbers).toBe('printed');
    // Poppler, independently: the last line of PDF page 10 is its folio, 7.
    const offset = 10 - Number(pdftotext(10).trim().split('\n').at(-1));
    expect(offset).toBe(3);
    expect(file.report.notes.some((n) => /running head “How to use bzip#”/.test(n.message))).toBe(true);
  });

  it('gives every paged excerpt text that is on its printed page(s), as Poppler reads them', async () => {
    const file = await imported;
    const paged = file.excerpts.filter((e) => e.locator.page);
    expect(paged.length).toBeGreaterThan(300);
    const offset = 3;
    const pageText = new Map<number, string>();
    const textOf = (n: number) => pageText.get(n) ?? (pageText.set(n, squash(pdftotext(n))), pageText.get(n)!);
    const notInOrder: string[] = [];
    const missingWords: string[] = [];
    for (const e of paged) {
      const [from, to] = e.locator.page!.split('-').map(Number) as [number, number | undefined];
      const first = textOf(from + offset);
      const last = textOf((to ?? from) + offset);
      const text = squash(e.text);
      // Contiguous: on its page, or its start ends the first page and its rest starts the next.
      let k = 0;
      for (let step = 1 << 12; step >= 1; step >>= 1) if (k + step <= text.length && first.includes(text.slice(0, k + step))) k += step;
      if (!(k === text.length || (to !== undefined && last.includes(text.slice(k))))) notInOrder.push(`${e.id} p. ${e.locator.page}: ${e.text.slice(0, 60)}`);
      // Word by word, whatever order Poppler reads a table or a wrapped line in: every word is there.
      const pages = to === undefined ? first : first + last;
      const absent = e.text.split(/\s+/).map(squash).filter((w) => w && !pages.includes(w));
      if (absent.length) missingWords.push(`${e.id} p. ${e.locator.page}: ${absent.join(' ')}`);
    }
    expect(missingWords).toEqual([]);
    // Poppler reads a few tables and wrapped lines in another order: at most 2% may differ in order.
    expect(notInOrder.length, notInOrder.join('\n')).toBeLessThanOrEqual(Math.ceil(paged.length * 0.02));
  });

  it('keeps running heads, folios and contents lines out of the text, and section paths from the headings', async () => {
    const file = await imported;
    expect(file.excerpts.some((e) => /^How to use bzip2$/.test(e.text))).toBe(false);
    expect(file.excerpts.some((e) => /\. \. \. \./.test(e.text))).toBe(false);
    const desc = file.excerpts.find((e) => e.text.startsWith('bzip2 expects a list of file names'))!;
    expect(desc.locator).toEqual({ page: '3', section: ['2. How to use bzip2', '2.3. DESCRIPTION'], paragraph: 3 });
    // A paragraph running over a page break is one excerpt on "3-4".
    expect(file.excerpts.find((e) => e.text.startsWith('Compression is always performed'))?.locator.page).toBe('3-4');
  });

  it('keeps every ID when the same file is imported again', async () => {
    const again = await importFile(join(dir, 'renamed.pdf'), readFileSync(pdf), undefined);
    expect(again.excerpts.map((e) => e.id)).toEqual((await imported).excerpts.map((e) => e.id));
  });

  it('is searched, cited in a pack and exported to DOCX, PDF and CSL-JSON like a bundled source', async () => {
    const file = await imported;
    const library = join(dir, 'library');
    await saveUserSource(library, file);
    const host = createHost({ mode: 'electron', paths: appPaths(), stateDir: join(dir, 'state'), workspaceDir: dir, policy: unconfined, userLibraryDir: library, now: () => new Date('2026-01-01T00:00:00Z') });
    const found = await host.searchLibrary({ text: 'Burrows-Wheeler block sorting', limit: 5 });
    const hit = found.hits.find((h) => h.sourceId === file.source.id);
    expect(hit).toBeDefined();
    const excerpt = file.excerpts.find((e) => e.id === hit!.id)!;
    const view = await host.getLibraryItem({ id: excerpt.id });
    expect(plainText(view.citation)).toContain(`, ${excerpt.locator.page}.`);

    const body: Block[] = [
      { type: 'paragraph', children: [{ type: 'text', text: 'The manual says:' }] },
      { type: 'excerpt', ref: { id: excerpt.id, text: excerpt.text, sourceText: excerpt.text, adapted: false } },
    ];
    const pack = packFile(body, { cover: { title: 'Compression brief', draft: false } });
    const docx = await host.exportPack({ file: pack, format: 'docx', out: join(dir, 'brief.docx') });
    expect(docx.warnings).toEqual([]);
    const parts = readDocxParts(readFileSync(docx.path));
    expect(parts.get('word/document.xml')).toContain(excerpt.text.slice(0, 50));
    expect(parts.get('word/footnotes.xml')).toContain('bzip2 and libbzip2, version 1.0.8');
    const out = await host.exportPack({ file: pack, format: 'pdf', out: join(dir, 'brief.pdf') });
    const printed = execFileSync('pdftotext', [out.path, '-']).toString().replace(/\s+/g, ' ');
    expect(printed).toContain('bzip2 and libbzip2, version 1.0.8');
    expect(squash(printed)).toContain(squash(excerpt.text));

    const bib = await host.exportBibliography({ file: pack, out: join(dir, 'brief.json') });
    expect(bib.entries).toBe(1);
    const csl = JSON.parse(readFileSync(bib.path, 'utf8')) as { id: string; title: string }[];
    expect(csl).toEqual([expect.objectContaining({ id: file.source.id, title: 'bzip2 and libbzip2, version 1.0.8' })]);
  });

  it('says how many pages the app has read while it previews the file (importStatus)', async () => {
    const host = createHost({ mode: 'electron', paths: appPaths(), stateDir: join(dir, 'state-status'), workspaceDir: dir, policy: unconfined });
    const seen: { reading: boolean; fileName: string | null; done: number; total: number }[] = [];
    let polling = true;
    const poll = (async () => {
      while (polling) {
        seen.push(await host.importStatus({}));
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    await host.previewImport({ fileName: 'bzip2-manual.pdf', data: readFileSync(pdf).toString('base64') });
    polling = false;
    await poll;
    const reading = seen.filter((s) => s.reading);
    const pages = Number(execFileSync('pdfinfo', [pdf]).toString().match(/^Pages:\s+(\d+)/m)![1]);
    expect(reading.length).toBeGreaterThan(2);
    expect(reading.every((s) => s.fileName === 'bzip2-manual.pdf' && s.done <= s.total)).toBe(true);
    expect(reading.map((s) => s.total).filter((t) => t > 0).every((t) => t === pages)).toBe(true);
    // Counted up page by page, never back.
    expect(reading.map((s) => s.done)).toEqual([...reading.map((s) => s.done)].sort((a, b) => a - b));
    expect(new Set(reading.map((s) => s.done)).size).toBeGreaterThan(2);
    expect(await host.importStatus({})).toEqual({ reading: false, fileName: null, done: 0, total: 0 });
  });
});
