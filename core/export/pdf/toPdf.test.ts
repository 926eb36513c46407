import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { headingText, type ExportDoc, type ExportNote, type WriterOptions } from '../exportDoc';
import { longDoc, shortDoc, WRITER_OPTIONS } from '../__fixtures__/sampleDocs';
import type { PdfFonts } from './fonts';
import { pageGeometry } from './pageGeometry';
import { toPdf } from './toPdf';

// The shipped fonts, read as the host reads them (core tests may use node:fs).
const FONT_DIR = join(import.meta.dirname, '../../../assets/fonts');
const font = (name: string) => new Uint8Array(readFileSync(join(FONT_DIR, name)));
const FONTS: PdfFonts = {
  serif: { regular: font('LiberationSerif-Regular.ttf'), bold: font('LiberationSerif-Bold.ttf'), italic: font('LiberationSerif-Italic.ttf'), boldItalic: font('LiberationSerif-BoldItalic.ttf') },
  sans: { regular: font('LiberationSans-Regular.ttf'), bold: font('LiberationSans-Bold.ttf') },
};

const dir = mkdtempSync(join(tmpdir(), 'briefpack-pdf-'));
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20 });

interface WordBox { text: string; xMin: number; yMin: number; xMax: number; yMax: number }

/** Every word with its box, page by page, from poppler's `pdftotext -bbox`. */
function wordsByPage(file: string): WordBox[][] {
  const html = run('pdftotext', ['-bbox', file, '-']);
  return html.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]),
      text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
    })),
  );
}

/** Words regrouped into lines by baseline (the -layout text misplaces some right-aligned words). */
function linesOf(words: readonly WordBox[]): string[] {
  const rows = new Map<number, WordBox[]>();
  for (const w of words) rows.set(Math.round(w.yMax), [...(rows.get(Math.round(w.yMax)) ?? []), w]);
  return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, ws]) => ws.sort((a, b) => a.xMin - b.xMin).map((w) => w.text).join(' '));
}

const height = (w: WordBox) => w.yMax - w.yMin;
/** pdftotext boxes are about 1.1 times the font size: markers (6.8 pt) < notes (8.5 pt) < body. */
const isMarker = (w: WordBox) => height(w) < 8.6 && /^\d+(,\d+)*$/.test(w.text);
const isNoteLabel = (w: WordBox, left: number) => height(w) >= 8.6 && height(w) < 10.5 && Math.abs(w.xMin - left) < 0.5 && /^\d+\.$/.test(w.text);
const isWatermark = (w: WordBox) => height(w) > 40;

const noteOpening = (note: ExportNote) => note.runs.map((r) => r.text).join('').split(/\s+/).slice(0, 4).join(' ');
const squash = (s: string) => s.replace(/\s+/g, ' ');

interface Exported { doc: ExportDoc; options: WriterOptions; file: string; bytes: Uint8Array; pages: WordBox[][]; pageText: string[] }

async function exportTo(name: string, doc: ExportDoc, options: WriterOptions): Promise<Exported> {
  const bytes = await toPdf(doc, FONTS, options);
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  const pages = wordsByPage(file);
  const pageText = pages.map((_, i) => run('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-']));
  return { doc, options, file, bytes, pages, pageText };
}

/** A note long enough (about 120 lines, more than a page) that it cannot fit under its marker's paragraph. */
function docWithLongNote(): ExportDoc {
  const base = longDoc(12);
  const filler = 'The editors set the argument against the record of the Alliance’s partnerships since 1994, with a survey of each dialogue and its results. ';
  const notes = base.notes.map((n) => (n.n === 6 ? { n: 6, runs: [{ text: 'A long discursive note. ' + filler.repeat(70) }] } : n));
  return { ...base, notes };
}

const LETTER: WriterOptions = { ...WRITER_OPTIONS, paper: 'letter' };
const withoutBibliography = (doc: ExportDoc): ExportDoc => {
  const at = doc.blocks.findIndex((b) => b.kind === 'heading' && headingText(b.inlines) === 'Bibliography');
  return { ...doc, blocks: doc.blocks.slice(0, at), contents: { ...doc.contents!, entries: doc.contents!.entries.filter((e) => e.text !== 'Bibliography') } };
};

const CASES: Array<[string, () => ExportDoc, WriterOptions]> = [
  ['short', shortDoc, WRITER_OPTIONS],
  ['long', () => longDoc(150), WRITER_OPTIONS],
  ['long-letter', () => ({ ...longDoc(150), furniture: { ...longDoc(150).furniture, marking: 'SECRET', watermark: undefined } }), LETTER],
  ['short-unmarked', () => withoutBibliography({ ...shortDoc(), furniture: { ...shortDoc().furniture, marking: undefined } }), WRITER_OPTIONS],
  ['long-note', docWithLongNote, WRITER_OPTIONS],
];

const exported = new Map<string, Exported>();
beforeAll(async () => {
  for (const [name, make, options] of CASES) exported.set(name, await exportTo(name, make(), options));
}, 120_000);

describe.each(CASES)('toPdf(%s)', (name) => {
  const get = () => exported.get(name)!;

  it('puts every note on the page of its marker, markers in document order', () => {
    const { doc, options, pages, pageText } = get();
    const g = pageGeometry(options.paper);
    const seen: number[] = [];
    pages.forEach((words, p) => {
      const inReadingOrder = [...words].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
      const markers = inReadingOrder.filter(isMarker).flatMap((w) => w.text.split(',').map(Number));
      const labels = inReadingOrder.filter((w) => isNoteLabel(w, g.left)).map((w) => parseInt(w.text, 10));
      expect({ page: p + 1, notes: labels }).toEqual({ page: p + 1, notes: markers });
      for (const n of markers) {
        const note = doc.notes.find((x) => x.n === n)!;
        expect(squash(pageText[p]!)).toContain(`${n}. ${noteOpening(note)}`);
      }
      seen.push(...markers);
    });
    const order: number[] = [];
    for (const b of doc.blocks) {
      const inlines = b.kind === 'list' ? b.items.flat() : 'inlines' in b ? b.inlines : [];
      for (const i of inlines) if (i.kind === 'noteRef') order.push(i.n);
    }
    expect(seen).toEqual(order);
  });

  it('numbers every page "Page X of Y" after the cover', () => {
    const { file, pageText } = get();
    const count = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [file]))![1]);
    expect(pageText).toHaveLength(count);
    pageText.forEach((text, i) => {
      if (i === 0) expect(text).not.toMatch(/Page \d+ of/);
      else expect(text).toContain(`Page ${i + 1} of ${count}`);
    });
  });

  it('prints the marking at top and bottom of every page and DRAFT across it', () => {
    const { doc, options, pages } = get();
    const g = pageGeometry(options.paper);
    const marking = doc.furniture.marking;
    for (const words of pages) {
      const marks = words.filter((w) => /^(OFFICIAL|OFFICIAL-SENSITIVE|RESTRICTED|CONFIDENTIAL|SECRET|NONE)$/.test(w.text));
      expect(marks.map((w) => (w.yMin < g.height / 2 ? 'top' : 'bottom'))).toEqual(marking ? ['top', 'bottom'] : []);
      for (const m of marks) expect(m.text).toBe(marking);
      for (const m of marks) expect(Math.abs((m.xMin + m.xMax) / 2 - g.width / 2)).toBeLessThan(1);
      expect(words.some(isWatermark)).toBe(doc.furniture.watermark !== undefined);
    }
  });

  it('keeps every word inside the text area or the header and footer zones', () => {
    const { doc, options, pages } = get();
    const g = pageGeometry(options.paper);
    const right = g.left + g.textWidth;
    for (const [p, words] of pages.entries()) {
      for (const w of words.filter((x) => !isWatermark(x))) {
        const where = { page: p + 1, word: w.text };
        expect(w.xMin, JSON.stringify(where)).toBeGreaterThanOrEqual(w.text === doc.furniture.marking ? 0 : g.left - 0.01);
        expect(w.xMax, JSON.stringify(where)).toBeLessThanOrEqual(right + 0.01);
        expect(w.yMin, JSON.stringify(where)).toBeGreaterThanOrEqual(g.markingTop - 10);
        expect(w.yMax, JSON.stringify(where)).toBeLessThanOrEqual(g.markingBottom + 4);
        const inBody = w.yMin >= g.bodyTop - 1 && w.yMax <= g.bodyBottom + 1;
        const inHeader = w.yMax <= g.bodyTop - 8;
        const inFooter = w.yMin >= g.bodyBottom + 8;
        expect(inBody || inHeader || inFooter, JSON.stringify({ ...where, y: [w.yMin, w.yMax] })).toBe(true);
      }
    }
  });

  it('embeds and subsets every font', () => {
    const rows = run('pdffonts', [get().file]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('passes qpdf --check and carries its metadata', () => {
    const { file, doc, options } = get();
    expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
    const info = run('pdfinfo', ['-isodates', file]);
    const field = (k: string) => new RegExp(`^${k}:\\s+(.*)$`, 'm').exec(info)?.[1];
    expect(field('Title')).toBe(doc.meta.title);
    expect(field('Author')).toBe(doc.meta.author);
    expect(field('Subject')).toBe(doc.meta.subject);
    expect(field('CreationDate')).toBe('2026-01-15T09:00:00Z');
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toContain(options.paper === 'a4' ? '(A4)' : '(letter)');
  });

  it('has an outline and a contents page that point at the headings’ pages', () => {
    const { file, doc, pageText, pages } = get();
    const contents = linesOf(pages[1]!);
    interface Item { title: string; destpageposfrom1: number; kids: Item[] }
    const outline = (JSON.parse(run('qpdf', ['--json', '--json-key=outlines', file])) as { outlines: Item[] }).outlines;
    const flat: Array<{ title: string; page: number; depth: number }> = [];
    const walk = (items: Item[], depth: number) => items.forEach((i) => (flat.push({ title: i.title, page: i.destpageposfrom1, depth }), walk(i.kids, depth + 1)));
    walk(outline, 1);
    const headings = doc.blocks.flatMap((b) => (b.kind === 'heading' ? [{ title: headingText(b.inlines), level: b.level }] : []));
    expect(flat.map((f) => f.title)).toEqual(['Contents', ...headings.map((h) => h.title)]);
    for (const item of flat.slice(1)) {
      // The heading opens a line on the page the bookmark names...
      expect(pageText[item.page - 1]!.split('\n').some((l) => l.trim() === item.title)).toBe(true);
      // ...and the contents page lists it with that number (top two levels only).
      if (item.depth <= 2) expect(contents).toContainEqual(expect.stringMatching(new RegExp(`^${item.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[. ]* ${item.page}$`)));
    }
  });

  it('links each contents entry to its heading', () => {
    const { file, doc } = get();
    const qdf = join(dir, `${name}.qdf.pdf`);
    run('qpdf', ['--qdf', '--object-streams=disable', file, qdf]);
    const text = readFileSync(qdf, 'latin1');
    const targets = [...text.matchAll(/\/D \((h\d+)\)\s+\/S \/GoTo/g)].map((m) => m[1]!);
    const listed = doc.contents?.entries.length ?? 0;
    expect(targets).toHaveLength(listed);
    // Every target is a named destination in the catalogue's name tree.
    for (const t of targets) expect(text).toMatch(new RegExp(`\\(${t}\\)\\s*\\[\\s*\\d+ 0 R\\s+/XYZ`));
  });

  it('is byte-identical when exported twice', async () => {
    const [, make, options] = CASES.find(([n]) => n === name)!;
    const again = await toPdf(make(), FONTS, options);
    expect(Buffer.compare(Buffer.from(again), Buffer.from(get().bytes))).toBe(0);
  });
});

describe('toPdf long notes', () => {
  it('continues a note that does not fit on the next page, opening on its marker’s page', () => {
    const { pageText } = exported.get('long-note')!;
    const p = pageText.findIndex((t) => squash(t).includes('6. A long discursive note.'));
    expect(p).toBeGreaterThan(0);
    expect(squash(pageText[p + 1]!)).toContain('Note 6, continued:');
  });
});
