import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeDocument } from '../../core/export/writeDocument';
import { Library } from '../../core/library/types';
import { packFile } from '../../core/pack/__fixtures__/packFile';
import { PackFile, type Block } from '../../core/pack/schema';
import { Template } from '../../core/pack/template';
import { prepareExport } from '../../core/prepare/prepareExport';
import { loadPdfFonts } from '../../electron/host/export/loadPdfFonts';
import { comparable, docxText, pdfText, type ExportText } from '../support/exportText';
import { docxToPdf } from '../support/tools';

/**
 * One document, two formats: each template's pack, with every block kind, adapted and
 * unadapted quotations and each kind of locator, exported to DOCX and to PDF; the text of the
 * two (document, contents with page numbers, notes) must be identical, in order.
 */

const ROOT = resolve(import.meta.dirname, '..', '..');
const library = Library.parse(JSON.parse(readFileSync(join(ROOT, 'assets', 'library', 'library.json'), 'utf8')));
const fonts = await loadPdfFonts(join(ROOT, 'assets'));
const OPTIONS = { paper: 'a4' as const, createdAt: new Date('2026-01-01T00:00:00Z') };
const dir = mkdtempSync(join(tmpdir(), 'bp-agree-'));

const paged = library.excerpts.filter((e) => e.locator.page);
const unpaged = library.excerpts.find((e) => !e.locator.page)!;
const withHorizon = library.recommendations.find((r) => r.horizon)!;
const numbered = library.recommendations.find((r) => r.number)!;

const t = (text: string, style: { bold?: boolean; italic?: boolean } = {}) => ({ type: 'text' as const, text, ...style });
const ref = (item: { id: string; text: string }, adapted = false, text = item.text) => ({ id: item.id, text, sourceText: item.text, adapted });

const RICH: Block[] = [
  { type: 'heading', level: 1, children: [t('Summary')] },
  { type: 'paragraph', children: [t('The Minister is invited to '), t('agree', { bold: true }), t(' the '), t('southern', { italic: true }), t(' approach.'), { type: 'cite', ref: paged[0]!.id }, { type: 'cite', ref: paged[1]!.id }] },
  { type: 'paragraph', children: [t('An explicit page.'), { type: 'cite', ref: paged[2]!.id, locator: { kind: 'page', page: '2' } }, t(' And a note of our own.'), { type: 'footnote', text: 'The Ambassador raised this at the last council.' }] },
  { type: 'heading', level: 2, children: [t('What the sources say')] },
  { type: 'excerpt', ref: ref(paged[3]!) },
  { type: 'excerpt', ref: ref(paged[4]!, true, paged[4]!.text.replace(/\.$/, ', as adapted.')) },
  { type: 'excerpt', ref: ref(unpaged) },
  { type: 'paragraph', children: [t('Paragraph locator.'), { type: 'cite', ref: unpaged.id }] },
  // Every kind of explicit locator: page above, paragraph and section with paragraph here.
  { type: 'paragraph', children: [t('Explicit places.'), { type: 'cite', ref: unpaged.id, locator: { kind: 'paragraph', paragraph: 3 } }, { type: 'cite', ref: unpaged.id, locator: { kind: 'section', section: 'Summary', paragraph: 2 } }] },
  { type: 'recommendation', ref: ref(numbered) },
  { type: 'recommendation', ref: ref(withHorizon, true, `${withHorizon.text} (as adapted)`) },
  { type: 'heading', level: 3, children: [t('Handling')] },
  { type: 'quote', children: [t('A quotation of the writer’s own, not from the library.')] },
  { type: 'list', ordered: false, items: [[t('Engage partners early.')], [t('Fund the mission.'), { type: 'cite', ref: paged[0]!.id }]] },
  { type: 'list', ordered: true, items: [[t('First step.')], [t('Second step.')]] },
  { type: 'paragraph', guidance: true, children: [t('Guidance is never printed.')] },
];

const templates = readdirSync(join(ROOT, 'templates'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => Template.parse(JSON.parse(readFileSync(join(ROOT, 'templates', f), 'utf8'))));

interface Exported {
  name: string;
  template: string;
  docx: string;
  pdf: string;
  docxText: Omit<ExportText, 'pages'>;
  pdfText: ExportText;
}

async function exportBoth(name: string, file: PackFile): Promise<Exported> {
  const { doc } = prepareExport(file, library);
  const docx = join(dir, `${name}.docx`);
  const pdf = join(dir, `${name}.pdf`);
  const docxBytes = await writeDocument(doc, 'docx', fonts, OPTIONS);
  writeFileSync(docx, docxBytes);
  writeFileSync(pdf, await writeDocument(doc, 'pdf', fonts, OPTIONS));
  return { name, template: file.pack.template, docx, pdf, docxText: docxText(docxBytes), pdfText: pdfText(pdf, OPTIONS.paper) };
}

/** Where two comparable texts first part, with some context, for a readable failure. */
function firstDifference(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: DOCX “…${a.slice(Math.max(0, i - 40), i + 40)}…” PDF “…${b.slice(Math.max(0, i - 40), i + 40)}…”`;
}

const CASES = templates.map((template) => ({
  name: template.name,
  file: packFile([...template.pack.body, ...RICH], { template: template.name, cover: { ...template.pack.cover, title: `${template.title}: the southern flank`, author: 'Policy Planning Unit', recipient: 'Minister of State', date: '1 January 2026' } }),
}));

const exported = new Map<string, Exported>();
beforeAll(async () => {
  for (const c of CASES) exported.set(c.name, await exportBoth(c.name, c.file));
}, 120_000);

describe.each(CASES.map((c) => c.name))('%s: the DOCX and the PDF say the same', (name) => {
  const get = () => exported.get(name)!;

  it('document text, contents and page numbers included, identical and in order', () => {
    const { docxText: d, pdfText: p } = get();
    expect(comparable(d.document).length).toBeGreaterThan(2000);
    expect(firstDifference(comparable(d.document), comparable(p.document))).toBeUndefined();
    expect(d.document).toContain('[adapted]');
    expect(d.document).not.toContain('Guidance is never printed');
  });

  it('notes identical and in order', () => {
    const { docxText: d, pdfText: p } = get();
    expect(d.notes.length).toBeGreaterThan(100);
    expect(firstDifference(comparable(d.notes), comparable(p.notes))).toBeUndefined();
  });

  it('furniture as the template decides: cover and contents for long forms, a header block for short ones', () => {
    const { docxText: d, template } = get();
    const short = template === 'briefing-note' || template === 'talking-points';
    expect(d.document.startsWith('Contents'), 'no contents before the title').toBe(false);
    expect(/\bContents\b/.test(d.document.slice(0, 400))).toBe(!short);
    expect(/Speaking time: \d+ s/.test(d.document)).toBe(template === 'talking-points');
  });
});

describe('a one-page briefing note', () => {
  it('exports to at most two pages in both formats (LibreOffice renders the DOCX)', async () => {
    const sample = PackFile.parse(JSON.parse(readFileSync(join(ROOT, 'assets', 'examples', 'sample.briefpack'), 'utf8')));
    expect(sample.pack.template).toBe('briefing-note');
    const e = await exportBoth('one-page-note', sample);
    expect(e.pdfText.pages).toBeLessThanOrEqual(2);
    const rendered = await docxToPdf(e.docx);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [rendered], { encoding: 'utf8' }))![1]);
    expect(pages).toBeLessThanOrEqual(2);
    expect(firstDifference(comparable(e.docxText.document), comparable(e.pdfText.document))).toBeUndefined();
  }, 120_000);
});

describe('LibreOffice’s rendering of a meeting pack', () => {
  it('has contents page numbers within one page of each heading, and the PDF’s body font family', async () => {
    const e = exported.get('meeting-pack')!;
    const rendered = await docxToPdf(e.docx);
    const lines = (page: number) => execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), rendered, '-'], { encoding: 'utf8' }).split('\n').map((l) => l.trim());
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [rendered], { encoding: 'utf8' }))![1]);
    const contents = lines(2);
    expect(contents).toContain('Contents');
    const { doc } = prepareExport(CASES.find((c) => c.name === 'meeting-pack')!.file, library);
    for (const entry of doc.contents!.entries) {
      const listed = contents.find((l) => l.startsWith(entry.text));
      expect(listed, entry.text).toBeDefined();
      const number = Number(/(\d+)$/.exec(listed!)?.[1]);
      expect(number, `${entry.text} has a page number`).toBeGreaterThan(2);
      let landed = 0;
      for (let p = 3; p <= count && !landed; p++) if (lines(p).some((l) => l === entry.text || l.startsWith(`${entry.text}  `))) landed = p;
      expect(Math.abs(number - landed), `${entry.text}: contents ${number}, heading on ${landed}`).toBeLessThanOrEqual(1);
    }
    const family = (pdf: string) => /(?:[A-Z]{6}\+)?(LiberationSerif)\s/.exec(execFileSync('pdffonts', [pdf], { encoding: 'utf8' }))?.[1];
    expect(family(rendered)).toBe('LiberationSerif');
    expect(family(e.pdf)).toBe('LiberationSerif');
  }, 120_000);
});
