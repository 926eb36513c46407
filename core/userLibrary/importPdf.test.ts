import { describe, expect, it } from 'vitest';
import { importPdf } from './importPdf';
import { ImportRefused } from './importRefused';
import type { PdfLine, PdfPage } from './importTypes';

/**
 * A think-tank report's layout, line by line as pdf.js gives it: a cover without a number, then
 * pages with a running head, a printed folio four lower than the PDF page, 10-pt body text,
 * a 16-pt heading, a paragraph across a page break, a broken word and a true compound at line
 * ends ("head-on" is kept because the report writes "head" elsewhere: the evidence is the
 * document's own words), and an 8-pt footnote at a page foot. (The real-file checks are in tests/unit.)
 */
const input = { fileName: 'report.pdf', contentHash: 'c'.repeat(64) };
const body = (y: number, text: string, x = 72): PdfLine => ({ text, x, y, size: 10 });

function page(index: number, lines: PdfLine[]): PdfPage {
  const folio = index - 4;
  return { index, height: 792, lines: [{ text: 'Southern Flank Review', x: 72, y: 750, size: 9 }, ...lines, { text: String(folio), x: 300, y: 40, size: 9 }] };
}

const cover: PdfPage = { index: 1, height: 792, lines: [{ text: 'The Southern Flank', x: 72, y: 600, size: 24 }, { text: 'A report by the Centre for Studies', x: 72, y: 560, size: 12 }] };
const blank = (index: number): PdfPage => ({ index, height: 792, lines: [] });
const pages: PdfPage[] = [
  cover,
  blank(2),
  blank(3),
  blank(4),
  page(5, [
    { text: 'Deterrence in the South', x: 72, y: 700, size: 16 },
    body(670, 'NATO must address the threat head-'),
    body(658, 'on and with a clear commit-'),
    body(646, 'ment of forces.1'),
    body(622, 'A second paragraph begins here and runs on'),
    body(610, 'to the foot of the page without an end'),
    { text: '1 Ministry of Defence, press office.', x: 72, y: 80, size: 8 },
  ]),
  page(6, [body(700, 'and finishes on the next page.'), body(676, 'A third paragraph.')]),
  page(7, [body(700, 'The head of the mission agreed on page three.')]),
];

describe('importPdf', () => {
  const file = importPdf(pages, input, { title: 'The Southern Flank' });

  it('cites printed folios, not PDF pages, and says so', () => {
    expect(file.report.pageNumbers).toBe('printed');
    expect(file.excerpts.map((e) => e.locator.page)).toEqual(['1', '1-2', '2', '3']);
  });

  it('removes running heads and folios, and reports them with their pages', () => {
    expect(file.excerpts.some((e) => /Southern Flank Review|^\d+$/.test(e.text))).toBe(false);
    expect(file.report.notes.map((n) => n.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Removed 3 printed page number\(s\) \(pages 1-3\)\.$/), 'Removed the running head “Southern Flank Review” on pages 1-3.']),
    );
  });

  it('keeps "head-on" and joins "commit-ment"; joins a paragraph across the page break', () => {
    expect(file.excerpts[0]).toMatchObject({ text: 'NATO must address the threat head-on and with a clear commitment of forces.1', locator: { section: ['The Southern Flank', 'Deterrence in the South'], paragraph: 1 } });
    expect(file.excerpts[1]?.text).toBe('A second paragraph begins here and runs on to the foot of the page without an end and finishes on the next page.');
  });

  it('keeps the footnote apart from the text, with the paragraph above it', () => {
    expect(file.excerpts[1]?.notes).toEqual([{ marker: '1', text: 'Ministry of Defence, press office.' }]);
    expect(file.excerpts.some((e) => e.text.includes('press office'))).toBe(false);
  });

  it('falls back to PDF pages when the pages print no numbers', () => {
    const unnumbered = pages.map((p) => ({ ...p, lines: p.lines.filter((l) => !/^\d+$/.test(l.text)) }));
    const f = importPdf(unnumbered, input);
    expect(f.report.pageNumbers).toBe('pdf');
    expect(f.excerpts[0]?.locator.page).toBe('5');
  });

  it('refuses pages without a text layer, naming the file and what to do', () => {
    expect(() => importPdf([blank(1), blank(2)], input)).toThrow(ImportRefused);
    expect(() => importPdf([blank(1), blank(2)], input)).toThrow(/^report\.pdf has no text to quote: .*OCR/);
  });
});
