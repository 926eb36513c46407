import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../electron/host/userLibrary/importFile';
import { readPdfPages } from '../../electron/host/userLibrary/readPdfPages';
import { seededRandom } from '../support/seededRandom';
import { toPdfWithLibreOffice } from '../support/tools';

/**
 * Think-tank reports are often set in two columns. A PDF from LibreOffice (an OpenDocument text
 * with a two-column section) draws each column in reading order, and importing it must give
 * every paragraph whole and in order: one that runs from the foot of a column to the head of the
 * next is one passage (it was two, cut mid-sentence, until importPdf took a column break as it
 * takes a page break). Briefpack does not reorder text: a PDF whose drawing order runs across
 * the columns, row by row, would interleave them. None of the files tested here does.
 */
const hasLibreOffice = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasLibreOffice) console.warn('SKIPPED: LibreOffice is absent; run scripts/install-system-deps.sh.');

const WORDS = 'alliance partners security southern neighbourhood cooperation dialogue capacity building defence reform border migration maritime stability crisis management resilience training institutions governance intelligence regional Mediterranean Sahel partnership framework political strategic summit ministers'.split(' ');

function paragraphs(count: number): string[] {
  const random = seededRandom(2024);
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 35 + Math.floor(random() * 30) }, () => WORDS[Math.floor(random() * WORDS.length)]!);
    return `[P${i + 1}] ${words.join(' ')}. End of P${i + 1}.`;
  });
}

const flatOdt = (paras: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
<style:style style:name="Columns" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="10pt"/></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:h text:outline-level="1">A Two-Column Report</text:h>
<text:section text:style-name="Columns" text:name="Columns">
${paras.map((p) => `<text:p text:style-name="Body">${p}</text:p>`).join('\n')}
</text:section>
</office:text></office:body></office:document>`;

describe.skipIf(!hasLibreOffice)('importing a two-column PDF (LibreOffice)', () => {
  it('gives every paragraph whole and in order', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-columns-'));
    const paras = paragraphs(40);
    const source = join(dir, 'columns.fodt');
    writeFileSync(source, flatOdt(paras));
    const pdf = await toPdfWithLibreOffice(source);
    const bytes = readFileSync(pdf);

    // It really is two columns: lines start in both halves of the same pages.
    const { pages } = await readPdfPages(bytes, 'columns.pdf');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const width = 595;
    for (const page of pages.slice(0, 2)) {
      expect(page.lines.some((l) => l.x < width / 3)).toBe(true);
      expect(page.lines.some((l) => l.x > width / 2)).toBe(true);
    }

    const file = await importFile(pdf, bytes, undefined);
    const text = file.excerpts.map((e) => e.text).join('\n');
    const missing = paras.filter((p) => !text.includes(p));
    expect(missing).toEqual([]);
    const order = paras.map((p) => text.indexOf(p));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
