import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../electron/host/userLibrary/importFile';

/**
 * Markdown and Word files nobody here wrote: pandoc's README as Debian ships it, and Debian's
 * base-passwd guide (HTML, always installed) turned into a .docx by pandoc's Word writer. Each
 * excerpt is checked against pandoc's own plain-text reading of the same document.
 */
const README = '/usr/share/doc/pandoc/README.md.gz';
const GUIDE = '/usr/share/doc/base-passwd/users-and-groups.html';
const hasPandoc = (() => {
  try {
    execFileSync('pandoc', ['--version']);
    return true;
  } catch {
    return false;
  }
})();
if (!hasPandoc || !existsSync(README) || !existsSync(GUIDE)) console.warn('SKIPPED: pandoc or its README / the base-passwd guide is absent; run scripts/install-system-deps.sh.');

const dir = mkdtempSync(join(tmpdir(), 'bp-docs-'));
const squash = (s: string) => s.normalize('NFKC').replace(/[\s\-‐­]/g, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/…/g, '...');
const plain = (file: string, from: string) => squash(execFileSync('pandoc', ['-f', from, '-t', 'plain', '--wrap=none', file]).toString().replace(/\[\d+\]/g, ''));

describe.skipIf(!hasPandoc || !existsSync(README))('Markdown: pandoc README', () => {
  const md = join(dir, 'README.md');
  if (existsSync(README)) writeFileSync(md, gunzipSync(readFileSync(README)));

  it('gives section paths from the headings and text a Markdown reader agrees with', async () => {
    const file = await importFile(md, readFileSync(md), undefined);
    expect(file.report.format).toBe('markdown');
    expect(file.report.pageNumbers).toBe('none');
    expect(file.source.title).toBe('Pandoc');
    expect(file.guessed).toContain('title');
    const intro = file.excerpts.find((e) => e.text.startsWith('Pandoc is a Haskell library'))!;
    expect(intro.locator).toEqual({ section: ['Pandoc', 'The universal markup converter'], paragraph: 1 });
    expect(file.excerpts.some((e) => /\]\(|<div|<!--/.test(e.text))).toBe(false);
    const reference = plain(md, 'markdown');
    const absent = file.excerpts.filter((e) => !reference.includes(squash(e.text).replace(/\*/g, '')));
    expect(absent.map((e) => e.text.slice(0, 80))).toEqual([]);
  });
});

describe.skipIf(!hasPandoc || !existsSync(GUIDE))('DOCX: the base-passwd guide through pandoc\'s Word writer', () => {
  const docx = join(dir, 'users-and-groups.docx');
  if (hasPandoc && existsSync(GUIDE)) execFileSync('pandoc', [GUIDE, '-o', docx]);

  it('reads headings and paragraphs, with section + paragraph locators and no pages', async () => {
    const file = await importFile(docx, readFileSync(docx), undefined);
    expect(file.report.format).toBe('docx');
    expect(file.excerpts.length).toBeGreaterThan(20);
    expect(file.excerpts.every((e) => e.locator.page === undefined)).toBe(true);
    expect(file.excerpts.some((e) => e.locator.section.at(-1) === 'Chapter 2. Users and Groups')).toBe(true);
    const reference = plain(docx, 'docx');
    const absent = file.excerpts.filter((e) => !reference.includes(squash(e.text)));
    expect(absent.map((e) => e.text.slice(0, 80))).toEqual([]);
  });

  it('keeps footnotes apart from the text, with the paragraph that cites them', async () => {
    const md = join(dir, 'noted.md');
    writeFileSync(md, '# Findings\n\nThe report was published in May.[^1] It was read widely.\n\n[^1]: Ministry of Defence, press office.\n');
    const noted = join(dir, 'noted.docx');
    execFileSync('pandoc', [md, '-o', noted]);
    const file = await importFile(noted, readFileSync(noted), undefined);
    expect(file.excerpts).toHaveLength(1);
    expect(file.excerpts[0]).toMatchObject({ text: 'The report was published in May. It was read widely.', notes: [{ marker: '1', text: 'Ministry of Defence, press office.' }], locator: { section: ['Findings'], paragraph: 1 } });
    // The same text as Markdown gives the same excerpt, with the same notes.
    const fromMd = await importFile(md, readFileSync(md), undefined);
    expect(fromMd.excerpts[0]).toMatchObject({ text: file.excerpts[0]!.text, notes: file.excerpts[0]!.notes });
  });
});
